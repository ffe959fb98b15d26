/**
 * Booking rules: a resource's opening hours, slot lengths, capacity, lead times and limits as
 * administrators change them, checked first, with the bookings a change would leave outside them.
 */
@NamedInterface("rules")
package org.porth.booking.rules;

import org.springframework.modulith.NamedInterface;
