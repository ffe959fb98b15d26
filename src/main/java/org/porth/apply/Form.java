package org.porth.apply;

import java.util.List;

import org.porth.apply.form.MigratedDraft.Recheck;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;

/**
 * A draft opened to fill in: the service at the version the draft is now on, its answers, and,
 * when the service changed since the draft began, the answers to check again.
 *
 * @param forResident the resident's name when an officer fills the form in for them; null otherwise
 */
public record Form(String draftId, ServiceDefinition definition, Answers answers, List<Recheck> toCheck,
        Channel channel, String forResident) {

    public Form {
        toCheck = List.copyOf(toCheck);
    }
}
