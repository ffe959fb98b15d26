package org.porth.apply;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;

import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Reference;

/**
 * A submitted request, as the confirmation page and My requests show it.
 *
 * @param booked what its form booked, if anything
 */
public record Confirmation(Reference reference, ServiceDefinition definition, Instant submittedAt, Channel channel,
        Optional<Booked> booked) {

    /** A booking made in the form: its reference, its day, and its time (none for a day's collection). */
    public record Booked(String reference, LocalDate date, Optional<LocalTime> time) {
    }
}
