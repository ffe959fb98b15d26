package org.porth.casework.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.attachments.FilePreviews;
import org.porth.booking.AssistedBookings;
import org.porth.booking.BookingResources;
import org.porth.casework.AuditItem;
import org.porth.casework.CaseAuditTrail;
import org.porth.casework.CaseChanges;
import org.porth.casework.CaseCoordination;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseLocations;
import org.porth.casework.CaseSection;
import org.porth.casework.CaseWork;
import org.porth.casework.EarlierCases;
import org.porth.casework.NoSuchCaseException;
import org.porth.casework.TimelineKind;
import org.porth.forms.RequestAnswers;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.StaffDirectory;
import org.porth.identity.StaffNames;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One case on one page: what it is and where it stands, the resident's answers and files, the
 * resident's other cases, the earlier cases at its address, the timeline, and what the officer can
 * do next. Officers appear by the names the staff directory knows them by (their account id when it does not).
 */
@Route(value = "staff/cases/:reference", layout = StaffLayout.class)
@StyleSheet(CaseView.STYLESHEET)
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    /** The workspace's styles: the case's columns and drawer, Your work, the queue grid. */
    static final String STYLESHEET = "themes/porth/workspace.css";

    private final CaseWork work;
    private final CaseCoordination coordination;
    private final RequestAnswers answers;
    private final FilePreviews previews;
    private final CurrentUser currentUser;
    private final CaseAuditTrail auditTrail;
    private final StaffDirectory directory;
    private final AssistedBookings bookings;
    private final BookingResources bookingResources;
    private final CaseChanges changes;
    private final ZoneId zone;
    private final Div content = new Div();
    private String title = "";
    private final CaseLocations locations;
    private final ObjectProvider<CaseSection> sections;
    private final EarlierCases earlierCases;

    CaseView(CaseWork work, CaseCoordination coordination, RequestAnswers answers, FilePreviews previews,
            CurrentUser currentUser, CaseAuditTrail auditTrail, StaffDirectory directory, AssistedBookings bookings,
            BookingResources bookingResources, Clock clock, CaseChanges changes, CaseLocations locations,
            ObjectProvider<CaseSection> sections, EarlierCases earlierCases) {
        this.sections = sections;
        this.earlierCases = earlierCases;
        this.changes = changes;
        this.locations = locations;
        this.bookings = bookings;
        this.bookingResources = bookingResources;
        this.auditTrail = auditTrail;
        this.directory = directory;
        this.work = work;
        this.coordination = coordination;
        this.answers = answers;
        this.previews = previews;
        this.currentUser = currentUser;
        this.zone = clock.getZone();
        addClassName("porth-case");
        add(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        try {
            show(work.open(reference), null);
        } catch (NoSuchCaseException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /**
     * Shows the case as it is now, with a notice above it (what was done, or why it was not): under
     * the heading, the case on the left, starting with its queue and due date (facts, answers,
     * timeline), and the actions on the right ({@link CaseActionsDrawer}). Only {@link #content} is redrawn, so
     * components added to the view itself stay.
     */
    void show(CaseDetails details, Div notice) {
        content.removeAll();
        Language language = Language.of(getLocale());
        String reference = details.summary().reference();
        add(new CaseUpdates(changes, work, this, reference, currentUser.get().orElseThrow().id()));
        title = getTranslation("case.title", reference);
        Span caption = new Span(details.serviceName().in(language));
        caption.addClassName("porth-caption");
        H1 heading = new H1(title);
        heading.addClassName("porth-heading-l");
        if (notice != null) {
            content.add(notice);
        }
        content.add(caption, heading);
        Div left = new Div();
        left.addClassName("porth-case__main");
        String about = details.summary().about().in(language);
        if (!about.isBlank()) {
            Paragraph lead = new Paragraph(about);
            lead.addClassName("porth-lead");
            lead.setId("case-about");
            left.add(lead);
        }
        boolean supervisor = currentUser.get().orElseThrow().has(Role.SUPERVISOR);
        List<String> officers = supervisor ? coordination.officersFor(reference) : List.of();
        List<AuditItem> trail = supervisor ? auditTrail.of(reference) : List.of();
        StaffNames names = names(details, officers, trail);
        CaseFacts facts = new CaseFacts(details, names, zone, language);
        left.add(new CaseGlance(details, facts.clock(details, zone, language), language), facts);
        CaseBooking.of(details, bookings, bookingResources, language).ifPresent(left::add);
        CaseLocation.of(locations, details, language).ifPresent(left::add);
        left.add(section("case.answers.title", new CaseAnswers(answers, previews, details, language)),
                section("case.other-cases.title", new OtherCases(details.residentsOtherCases(), language)));
        earlierCases.at(reference).ifPresent(earlier ->
                left.add(section("case.earlier-cases.title", new EarlierCasesList(earlier, zone, language))));
        left.add(section("case.timeline.title", new CaseTimeline(details.timeline(), names, zone, language)));
        sections.orderedStream().flatMap(section -> section.create(details, () -> show(work.open(reference), null))
                .stream()).forEach(left::add);
        if (supervisor) {
            left.add(section("case.audit.title", new AuditTrailList(trail, names, coordination.queues(), zone, language)));
        }
        CaseForms forms = new CaseForms(work, this, reference);
        CaseActionsDrawer actions = new CaseActionsDrawer(forms.summary(), new CaseActions(work, details, forms),
                new CaseMoves(coordination, details, forms, supervisor, officers, names, language));
        Div columns = new Div(actions, left);
        columns.addClassName("porth-case__columns");
        content.add(actions.toggle(), columns);
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** Every officer the page names, looked up at once. */
    private StaffNames names(CaseDetails details, List<String> officers, List<AuditItem> trail) {
        Stream<String> timeline = details.timeline().stream().flatMap(item -> item.kind() == TimelineKind.ASSIGNED
                ? Stream.of(item.actor(), item.subject()) : Stream.of(item.actor()));
        return directory.names(Stream.of(Stream.of(details.summary().assignedTo(), details.enteredBy()), timeline,
                officers.stream(), trail.stream().flatMap(item -> item.officers().stream())).flatMap(ids -> ids).toList());
    }

    private Div section(String titleKey, Div content) {
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassName("porth-heading-m");
        Div section = new Div(heading, content);
        section.addClassName("porth-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + getTranslation("staff.area");
    }
}
