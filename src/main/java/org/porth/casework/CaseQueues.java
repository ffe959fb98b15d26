package org.porth.casework;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import org.porth.casework.internal.CaseListing;
import org.porth.casework.internal.QueueCounts;
import org.porth.casework.internal.Teams;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.porth.shared.Language;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The officer's work queues: how each stands, and their cases a page at a time for a lazy grid.
 * <p>
 * An officer lists the cases of their own teams' queues only (a supervisor too); a supervisor also
 * sees the counts of every queue, to see where the council's work is piling up. Asking for the
 * cases of a queue the officer may not see is refused with {@link AccessDeniedException} rather
 * than answered with nothing: an empty page would look like an empty queue, hiding a view's
 * mistake or someone editing the request, while the view only offers queues from {@link #counts()}.
 */
@Service
@Transactional(readOnly = true)
public class CaseQueues {

    private final CaseListing listing;
    private final QueueCounts queueCounts;
    private final Teams teams;
    private final CurrentUser currentUser;
    private final Catalogue catalogue;

    CaseQueues(CaseListing listing, QueueCounts queueCounts, Teams teams, CurrentUser currentUser, Catalogue catalogue) {
        this.listing = listing;
        this.catalogue = catalogue;
        this.queueCounts = queueCounts;
        this.teams = teams;
        this.currentUser = currentUser;
    }

    /** The queues of the officer's teams (a supervisor: every queue), by team then name, with their counts. */
    @PreAuthorize(Cases.STAFF)
    public List<QueueCount> counts() {
        SignedInUser officer = currentUser.get().orElseThrow();
        Set<String> ownTeams = teams.teamsOf(officer.id());
        return officer.has(Role.SUPERVISOR) ? queueCounts.ofAll(ownTeams)
                : queueCounts.of(teams.queuesOf(officer.id()), ownTeams);
    }

    /** One page of the cases the query matches, in the sort's order; offset and limit as a lazy grid asks. */
    @PreAuthorize(Cases.STAFF)
    public List<CaseSummary> cases(CaseQuery query, CaseSort sort, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new IllegalArgumentException("Offset and limit cannot be negative: " + offset + ", " + limit);
        }
        String officer = currentUser.get().orElseThrow().id();
        List<String> queues = queues(query, officer);
        return queues.isEmpty() || limit == 0 ? List.of()
                : listing.page(queues, query, servicesNamed(query.text()), officer, sort, offset, limit);
    }

    /** How many cases the query matches. */
    @PreAuthorize(Cases.STAFF)
    public long count(CaseQuery query) {
        String officer = currentUser.get().orElseThrow().id();
        List<String> queues = queues(query, officer);
        return queues.isEmpty() ? 0 : listing.count(queues, query, servicesNamed(query.text()), officer);
    }

    /** The services whose name, in English or Welsh, has the text in it: officers know them by name, not id. */
    private List<String> servicesNamed(String text) {
        if (text == null) {
            return List.of();
        }
        String wanted = text.toLowerCase(Locale.ROOT);
        return catalogue.services(Language.ENGLISH).stream()
                .filter(service -> Stream.of(service.name().en(), service.name().cy())
                        .anyMatch(name -> name.toLowerCase(Locale.ROOT).contains(wanted)))
                .map(ServiceDefinition::id).toList();
    }

    /** The queues asked for, all of them the officer's teams'; none asked for means all of those. */
    private List<String> queues(CaseQuery query, String officer) {
        List<String> own = teams.queuesOf(officer);
        if (query.queues().isEmpty()) {
            return own;
        }
        if (!own.containsAll(query.queues())) {
            throw new AccessDeniedException("Only the cases of your own teams' queues can be listed");
        }
        return query.queues().stream().sorted().toList();
    }
}
