package org.porth.casework;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.porth.casework.internal.CaseAccess;
import org.porth.casework.internal.CaseProperties;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The earlier cases at a case's address (its UPRN), in every service, newest first: a damp case with
 * three mould reports before it is a different case. Only cases in the officer's teams' queues are
 * listed, as only those may they open.
 */
@Service
public class EarlierCases {

    private final CaseAccess access;
    private final CaseProperties properties;
    private final Teams teams;
    private final Catalogue catalogue;

    EarlierCases(CaseAccess access, CaseProperties properties, Teams teams, Catalogue catalogue) {
        this.access = access;
        this.properties = properties;
        this.teams = teams;
        this.catalogue = catalogue;
    }

    /** Empty when the case names no property; else the earlier cases there the officer may open (maybe none). */
    @PreAuthorize(Cases.STAFF)
    @Transactional(readOnly = true)
    public Optional<List<EarlierCase>> at(String reference) {
        ServiceCase found = access.staffCase(reference);
        return properties.uprn(found.id()).map(uprn -> properties
                .earlier(uprn, found.id(), found.submittedAt(), teams.queuesOf(access.officer())).stream()
                .map(earlier -> new EarlierCase(earlier.reference(), serviceName(earlier.serviceId()), earlier.status(),
                        earlier.submittedAt()))
                .toList());
    }

    private Text serviceName(String serviceId) {
        return catalogue.current(serviceId).map(ServiceDefinition::name).orElse(new Text(serviceId, serviceId));
    }

    /** An earlier case at the same address, with what the list shows of it. */
    public record EarlierCase(String reference, Text serviceName, CaseStatus status, Instant submittedAt) {
    }
}
