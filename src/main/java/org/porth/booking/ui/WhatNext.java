package org.porth.booking.ui;

import java.util.Set;

import org.porth.booking.BookableResource;

/** The "what to bring, what happens next" message of a resource's bookings: its own, or the general one. */
final class WhatNext {

    /** The resource groups with their own message, {@code booking.next.<group>}. */
    private static final Set<String> OWN_MESSAGE = Set.of("recycling-centre");

    private WhatNext() {
    }

    static String key(BookableResource resource) {
        return "booking.next." + (OWN_MESSAGE.contains(resource.group()) ? resource.group() : "default");
    }
}
