package org.porth.apply;

import java.util.List;
import java.util.Set;

import org.porth.apply.MigratedDraft.Recheck;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answers;

/**
 * A draft opened to fill in: the service at the version the draft is now on, its answers, and,
 * when the service changed since the draft began, the answers to check again.
 *
 * @param forResident the resident's name when an officer fills the form in for them; null otherwise
 * @param fromAccount the questions whose answers are as the resident's account has them ("tell us once")
 */
public record Form(String draftId, ServiceDefinition definition, Answers answers, List<Recheck> toCheck,
        Channel channel, String forResident, Set<String> fromAccount) {

    public Form {
        toCheck = List.copyOf(toCheck);
        fromAccount = Set.copyOf(fromAccount);
    }
}
