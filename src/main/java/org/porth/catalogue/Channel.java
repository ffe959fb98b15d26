package org.porth.catalogue;

/** How a request reached the council. */
public enum Channel {
    WEB,
    PHONE,
    FACE_TO_FACE,
    API,
    /**
     * A device's signal (the devices module's intake), never a person: a service offered only this way
     * is opened by sensors and is not offered to residents, staff, API or Open311 clients.
     */
    DEVICE
}
