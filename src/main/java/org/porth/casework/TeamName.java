package org.porth.casework;

import org.porth.catalogue.Text;

/** A team or a work queue, by id, with its name in English and Welsh; {@code teamId} is its own for a team. */
public record TeamName(String id, String teamId, Text name) {
}
