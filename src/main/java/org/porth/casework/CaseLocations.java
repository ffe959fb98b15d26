package org.porth.casework;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.porth.casework.internal.CaseAccess;
import org.porth.casework.internal.CasePositions;
import org.porth.casework.internal.LocationAnswers;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.gazetteer.Gazetteer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Where a case's problem is, and the other open cases within {@value #DUPLICATE_METRES} metres that
 * may be the same problem reported again. Only cases in the officer's teams' queues are listed, as
 * only those may they open; a case is listed with what a queue shows of it, never its resident.
 */
@Service
public class CaseLocations {

    /** Close enough to be the same pothole or street light, given how people point at a map. */
    public static final int DUPLICATE_METRES = 50;
    /** The map shows this far either side of the problem. */
    public static final int MAP_METRES = 150;

    private final CaseAccess access;
    private final Catalogue catalogue;
    private final LocationAnswers locations;
    private final CasePositions positions;
    private final Teams teams;
    private final Gazetteer gazetteer;

    CaseLocations(CaseAccess access, Catalogue catalogue, LocationAnswers locations, CasePositions positions, Teams teams,
            Gazetteer gazetteer) {
        this.access = access;
        this.catalogue = catalogue;
        this.locations = locations;
        this.positions = positions;
        this.teams = teams;
        this.gazetteer = gazetteer;
    }

    /** Empty when the case's service asks no location, or it was not answered. */
    @PreAuthorize(Cases.STAFF)
    @Transactional(readOnly = true)
    public Optional<CasePlace> of(String reference) {
        ServiceCase found = access.staffCase(reference);
        return locations.of(service(found.serviceId(), found.serviceVersion()), found.answers())
                .map(location -> new CasePlace(location.place(), location.point(),
                        gazetteer.streetsNear(location.point().latitude(), location.point().longitude(), MAP_METRES),
                        duplicates(found, location.point())));
    }

    private List<PossibleDuplicate> duplicates(ServiceCase found, GeoPoint point) {
        return positions.openNear(point, DUPLICATE_METRES, teams.queuesOf(access.officer())).stream()
                .filter(near -> !near.reference().equals(found.reference()))
                .map(near -> new PossibleDuplicate(near.reference(), serviceName(near.serviceId()), near.about(), near.status(),
                        near.point(), (int) Math.round(point.metresTo(near.point()))))
                .filter(near -> near.metres() <= DUPLICATE_METRES)
                .sorted(Comparator.comparingInt(PossibleDuplicate::metres).thenComparing(PossibleDuplicate::reference))
                .toList();
    }

    private ServiceDefinition service(String serviceId, int version) {
        return catalogue.version(serviceId, version).orElseThrow(() ->
                new IllegalStateException("No service " + serviceId + " version " + version));
    }

    private Text serviceName(String serviceId) {
        return catalogue.current(serviceId).map(ServiceDefinition::name).orElse(new Text(serviceId, serviceId));
    }
}
