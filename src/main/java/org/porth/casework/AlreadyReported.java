package org.porth.casework;

import org.porth.casework.internal.CasePositions;
import org.porth.casework.internal.LocationAnswers;
import org.porth.casework.internal.ServiceCase;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether the problem a resident reported was already known when they reported it (decision 0065):
 * an open case reported before theirs, within {@value CaseLocations#DUPLICATE_METRES} metres, in a
 * queue of the team that works theirs. The same detection staff see as possible duplicates on both
 * cases (a sensor's blocked gully as much as another resident's report); the resident learns only that
 * it was known, never which case or whose.
 */
@Service
public class AlreadyReported {

    private final ResidentCaseAccess access;
    private final Catalogue catalogue;
    private final LocationAnswers locations;
    private final CasePositions positions;
    private final Teams teams;

    AlreadyReported(ResidentCaseAccess access, Catalogue catalogue, LocationAnswers locations, CasePositions positions,
            Teams teams) {
        this.access = access;
        this.catalogue = catalogue;
        this.locations = locations;
        this.positions = positions;
        this.teams = teams;
    }

    /** For the signed-in resident's own open request; false for a closed one or one without a place. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional(readOnly = true)
    public boolean before(String reference) {
        ServiceCase mine = access.residentsCase(reference);
        if (!mine.status().isOpen()) {
            return false;
        }
        return catalogue.version(mine.serviceId(), mine.serviceVersion())
                .flatMap(service -> locations.of(service, mine.answers()))
                .map(place -> positions.openNear(place.point(), CaseLocations.DUPLICATE_METRES,
                        teams.queuesOfTeamWorking(mine.queueId())).stream()
                        .anyMatch(near -> !near.reference().equals(mine.reference()) && near.submittedAt().isBefore(mine.submittedAt())
                                && place.point().metresTo(near.point()) <= CaseLocations.DUPLICATE_METRES))
                .orElse(false);
    }
}
