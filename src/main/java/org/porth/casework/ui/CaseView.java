package org.porth.casework.ui;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;

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
import org.porth.casework.CaseCoordination;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseLocations;
import org.porth.casework.CaseWork;
import org.porth.casework.NoSuchCaseException;
import org.porth.casework.TimelineKind;
import org.porth.forms.RequestAnswers;
import org.porth.identity.CurrentUser;
import org.porth.identity.Role;
import org.porth.identity.StaffDirectory;
import org.porth.identity.StaffNames;
import org.porth.shared.Language;
import org.porth.shell.StaffLayout;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * One case on one page: what it is and where it stands, the resident's answers and files, the
 * resident's other cases, the timeline, and what the officer can do next. Officers appear by the
 * names the staff directory knows them by (their account id when it does not).
 */
@Route(value = "staff/cases/:reference", layout = StaffLayout.class)
@RolesAllowed({Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class CaseView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final CaseWork work;
    private final CaseCoordination coordination;
    private final RequestAnswers answers;
    private final FilePreviews previews;
    private final CurrentUser currentUser;
    private final CaseAuditTrail auditTrail;
    private final StaffDirectory directory;
    private final AssistedBookings bookings;
    private final BookingResources bookingResources;
    private final ZoneId zone;
    private String title = "";
    @Autowired // by field, so that this view's constructor can be rewritten meanwhile (decision 0031)
    private CaseLocations locations;

    CaseView(CaseWork work, CaseCoordination coordination, RequestAnswers answers, FilePreviews previews,
            CurrentUser currentUser, CaseAuditTrail auditTrail, StaffDirectory directory, AssistedBookings bookings,
            BookingResources bookingResources, Clock clock) {
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

    /** Shows the case as it is now, with a notice above it (what was done, or why it was not). */
    void show(CaseDetails details, Div notice) {
        removeAll();
        Language language = Language.of(getLocale());
        String reference = details.summary().reference();
        title = getTranslation("case.title", reference);
        Span caption = new Span(details.serviceName().in(language));
        caption.addClassName("porth-caption");
        H1 heading = new H1(title);
        heading.addClassName("porth-heading-l");
        if (notice != null) {
            add(notice);
        }
        add(caption, heading);
        String about = details.summary().about().in(language);
        if (!about.isBlank()) {
            Paragraph lead = new Paragraph(about);
            lead.addClassName("porth-lead");
            lead.setId("case-about");
            add(lead);
        }
        boolean supervisor = currentUser.get().orElseThrow().has(Role.SUPERVISOR);
        List<String> officers = supervisor ? coordination.officersFor(reference) : List.of();
        List<AuditItem> trail = supervisor ? auditTrail.of(reference) : List.of();
        StaffNames names = names(details, officers, trail);
        add(new CaseFacts(details, names, zone, language));
        CaseBooking.of(details, bookings, bookingResources, language).ifPresent(this::add);
        CaseLocation.of(locations, details, language).ifPresent(this::add);
        add(section("case.answers.title", new CaseAnswers(answers, previews, details, language)),
                section("case.other-cases.title", new OtherCases(details.residentsOtherCases(), language)),
                section("case.timeline.title", new CaseTimeline(details.timeline(), names, zone, language)));
        CaseForms forms = new CaseForms(work, this, reference);
        add(forms.summary(), new CaseActions(work, details, forms),
                new CaseMoves(coordination, details, forms, supervisor, officers, names, language));
        if (supervisor) {
            add(section("case.audit.title", new AuditTrailList(trail, names, zone, language)));
        }
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
