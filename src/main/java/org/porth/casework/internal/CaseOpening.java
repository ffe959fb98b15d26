package org.porth.casework.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.porth.apply.RequestSubmitted;
import org.porth.casework.CaseOpened;
import org.porth.casework.Priority;
import org.porth.casework.TimelineKind;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.identity.SystemTask;
import org.porth.resident.ResidentId;
import org.porth.resident.SupportNeed;
import org.porth.resident.SupportNeeds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Opens the case for a submitted request: finds its ward and where its problem is, routes it by its service's rules (those an
 * administrator saved, if any: see {@link RoutingRules}) on its answers and the support needs its
 * resident consented to tell us, sets its due date, and starts its timeline. A request opens one
 * case, however often it arrives.
 */
@Component
public class CaseOpening {

    private static final Logger log = LoggerFactory.getLogger(CaseOpening.class);

    private final Catalogue catalogue;
    private final ServiceCaseRepository cases;
    private final TimelineRepository timeline;
    private final Wards wards;
    private final DueDates dueDates;
    private final RoutingRules routingRules;
    private final SupportNeeds supportNeeds;
    private final LocationAnswers locations;
    private final CasePositions positions;
    private final CaseProperties properties;
    private final ApplicationEventPublisher events;

    CaseOpening(Catalogue catalogue, ServiceCaseRepository cases, TimelineRepository timeline, Wards wards,
            DueDates dueDates, RoutingRules routingRules, SupportNeeds supportNeeds, LocationAnswers locations,
            CasePositions positions, CaseProperties properties, ApplicationEventPublisher events) {
        this.properties = properties;
        this.catalogue = catalogue;
        this.cases = cases;
        this.timeline = timeline;
        this.wards = wards;
        this.dueDates = dueDates;
        this.routingRules = routingRules;
        this.supportNeeds = supportNeeds;
        this.locations = locations;
        this.positions = positions;
        this.events = events;
    }

    /** @return the request's case: opened now, or the one it already had */
    @Transactional
    public ServiceCase open(RequestSubmitted request) {
        Optional<ServiceCase> existing = cases.findByRequestId(request.requestId());
        if (existing.isPresent()) {
            log.info("Request {} already has its case: delivered again, nothing to do", request.reference());
            return existing.get();
        }
        return openNew(request);
    }

    /**
     * Opens the case of a request inserted in this same transaction, which cannot have one yet: no
     * look-up first (it cost a query and a flush on every API submission). Should it have one after
     * all, the unique request id refuses the second and the transaction ends.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public ServiceCase openNew(RequestSubmitted request) {
        ServiceDefinition service = catalogue.version(request.serviceId(), request.serviceVersion())
                .orElseThrow(() -> new IllegalStateException("No service " + request.serviceId()
                        + " version " + request.serviceVersion() + " for request " + request.reference()));
        String ward = wards.of(service, request.answers()).orElse(null);
        RoutingTable table = routingRules.forService(service);
        RoutingFacts facts = new RoutingFacts(chosenValues(request), ward, request.channel(), Priority.NORMAL,
                table.usesSupportNeeds() ? supportNeeds(request) : Set.of());
        List<String> flags = table.flagsOf(facts).stream().map(RoutingFlag::id).toList();
        RoutingDecision routing = table.route(facts);
        ServiceCase opened = cases.saveAndFlush(new ServiceCase(request, RequestSummary.of(service, request.answers()),
                ward, flags, routing,
                dueDates.due(service.serviceLevel(), request.submittedAt())));
        locations.of(service, request.answers()).ifPresent(location -> positions.record(opened.id(), location.point()));
        CaseProperties.uprnOf(service, request.answers()).ifPresent(uprn -> properties.record(opened.id(), uprn));
        timeline.save(new TimelineEntry(opened.id(), request.submittedAt(), TimelineKind.SUBMITTED, true,
                request.officerId(), request.channel().name(), null));
        timeline.save(new TimelineEntry(opened.id(), request.submittedAt(), TimelineKind.ROUTED, false, null,
                routing.queue(), routing.rule()));
        events.publishEvent(new CaseOpened(opened.reference(), request.requestId(), request.serviceId(), ward,
                opened.queueId(), opened.status(), request.submittedAt()));
        log.info("Opened case {} for {} from {} in queue {}", opened.reference(), request.serviceId(), request.channel(),
                opened.queueId());
        return opened;
    }

    /** Read as the intake task: the listener runs with no one signed in, and no one else may read them. */
    private Set<String> supportNeeds(RequestSubmitted request) {
        ResidentId resident = ResidentId.of(request.residentId());
        return SystemTask.CASE_INTAKE.run(() -> supportNeeds.forCaseIntake(resident)).stream()
                .map(SupportNeed::key).collect(Collectors.toSet());
    }

    private static Map<String, List<String>> chosenValues(RequestSubmitted request) {
        return request.answers().byQuestion().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, answer -> answer.getValue().values("value")));
    }
}
