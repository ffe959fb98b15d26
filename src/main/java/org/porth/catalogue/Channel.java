package org.porth.catalogue;

/** How a request reached the council. */
public enum Channel {
    WEB,
    PHONE,
    FACE_TO_FACE,
    API
}
