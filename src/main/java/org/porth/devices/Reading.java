package org.porth.devices;

import java.time.Instant;

/** One measurement a device reported, e.g. relative humidity 78.5 "%" at 03:15. */
public record Reading(Instant observedAt, String metric, double value, String unit) {
}
