package org.porth.apply;

import java.time.Instant;

import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;

/** A submitted request, as the confirmation page and My requests show it. */
public record Confirmation(Reference reference, ServiceDefinition definition, Instant submittedAt, Channel channel) {
}
