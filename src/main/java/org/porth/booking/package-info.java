/**
 * Booking: resources with opening hours and slots of limited capacity, and residents' bookings of
 * them (hold, confirm, cancel, reschedule), never over capacity. The root package is the API the
 * resident and staff views and other modules use; how capacity is kept is in
 * docs/decisions/0014-booking-capacity.md.
 */
@ApplicationModule(displayName = "Booking", allowedDependencies = {"catalogue", "identity", "resident", "shared", "shell"})
package org.porth.booking;

import org.springframework.modulith.ApplicationModule;
