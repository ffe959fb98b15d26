package org.porth.tracking.ui;

import java.time.Clock;
import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
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
import org.porth.attachments.Attachments;
import org.porth.casework.NoSuchCaseException;
import org.porth.casework.ResidentCase;
import org.porth.casework.ResidentCaseSummary;
import org.porth.casework.ResidentCases;
import org.porth.casework.TimelineItem;
import org.porth.casework.TimelineKind;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.RequestAnswers;
import org.porth.identity.Role;
import org.porth.shared.Council;
import org.porth.shared.Language;
import org.porth.tracking.RequestSection;
import org.springframework.beans.factory.ObjectProvider;

/**
 * One of the resident's requests: where it stands and when it is due, whether the council waits for
 * them, the outcome and "did this solve your problem?", what other features add ({@link RequestSection}:
 * the Awaab's Law steps of a damp case), the public timeline, writing to the council, what they asked,
 * and withdrawing it. Another resident's reference is "page not found", exactly as
 * a reference that does not exist.
 */
@Route("my-requests/:reference")
@RolesAllowed(Role.RESIDENT_NAME)
class RequestView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    private final ResidentCases cases;
    private final Catalogue catalogue;
    private final RequestAnswers answers;
    private final Attachments attachments;
    private final DueWording due;
    private final Council council;
    private final Clock clock;
    private final ZoneId zone;
    private final ObjectProvider<RequestSection> sections;
    private String title = "";

    RequestView(ResidentCases cases, Catalogue catalogue, RequestAnswers answers, Attachments attachments,
            DueWording due, Council council, Clock clock, ObjectProvider<RequestSection> sections) {
        this.sections = sections;
        this.council = council;
        this.cases = cases;
        this.catalogue = catalogue;
        this.answers = answers;
        this.attachments = attachments;
        this.due = due;
        this.clock = clock;
        this.zone = clock.getZone();
    }

    static String path(String reference) {
        return "my-requests/" + reference;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get("reference").orElseThrow();
        try {
            show(cases.open(reference), null);
        } catch (NoSuchCaseException unknown) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    /** The request as it is now, with a notice of what the resident just did. */
    void show(ResidentCase request, String doneKey) {
        removeAll();
        Language language = Language.of(getLocale());
        ResidentCaseSummary summary = request.summary();
        ServiceDefinition service = catalogue.version(summary.serviceId(), summary.serviceVersion()).orElseThrow();
        title = getTranslation("tracking.request.title", summary.reference());
        RequestForms forms = new RequestForms(this);
        Anchor back = new Anchor("my-requests", getTranslation("tracking.back"));
        back.addClassName("porth-back-link");
        Span caption = new Span(service.name().in(language));
        caption.addClassName("porth-caption");
        H1 heading = new H1(title);
        heading.addClassName("porth-heading-l");
        add(back, forms.summary());
        if (doneKey != null) {
            add(notice(doneKey));
        }
        add(caption, heading, facts(request));
        if (summary.waitingForResident()) {
            add(waiting(request));
        }
        if (!request.open() && request.outcome() != null) {
            add(section("tracking.outcome.title", new Paragraph(getTranslation("tracking.outcome." + request.outcome())),
                    new Paragraph(request.outcomeSummary())));
            if (request.asksForFeedback() && request.solved() == null) {
                add(new FeedbackForm(cases, request, forms, clock));
            } else if (Boolean.FALSE.equals(request.solved())) {
                add(new Paragraph(getTranslation("tracking.feedback.recorded-late")));
            }
        }
        if (request.open()) {
            add(section("sent.next", new Paragraph(service.startPage().whatHappensNext().in(language)),
                    new Paragraph(getTranslation(service.serviceLevel().responseTextKey(), service.serviceLevel().target()))));
        }
        sections.orderedStream().flatMap(section -> section.create(request).stream()).forEach(this::add);
        add(section("tracking.timeline.title", new PublicTimeline(request.timeline(), zone, language)));
        if (request.open()) {
            add(new MessageForm(cases, attachments, request, forms));
        }
        add(section("tracking.answers.title", new AnswerList(answers.rows(summary.serviceId(),
                summary.serviceVersion(), request.answers(), language))));
        if (request.open()) {
            add(new WithdrawForm(forms, reason -> confirmWithdraw(summary.reference(), reason)));
        }
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    /** Asks whether they are sure, in place of the request, before it is withdrawn. */
    private void confirmWithdraw(String reference, String reason) {
        removeAll();
        title = getTranslation("fixes.withdraw.title", reference);
        add(new WithdrawConfirmation(cases, reference, reason, new RequestForms(this)));
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private DescriptionList facts(ResidentCase request) {
        ResidentCaseSummary summary = request.summary();
        DescriptionList facts = new DescriptionList();
        facts.addClassName("porth-summary-list");
        facts.add(new DescriptionList.Term(getTranslation("my-requests.reference")),
                new DescriptionList.Description(summary.reference()),
                new DescriptionList.Term(getTranslation("tracking.status")),
                new DescriptionList.Description(StatusWords.of(summary.status(), this)));
        if (request.open() && !summary.waitingForResident()) {
            facts.add(new DescriptionList.Term(getTranslation("tracking.due")),
                    new DescriptionList.Description(due.of(summary.dueAt(), Language.of(getLocale()))));
        }
        return facts;
    }

    /** What the council asked, and where to answer it: the clock waits for the resident. */
    private Div waiting(ResidentCase request) {
        Div box = new Div();
        box.addClassNames("porth-notification", "porth-notification--plain");
        box.setId("waiting");
        H2 title = new H2(getTranslation("tracking.waiting-for-you"));
        title.addClassName("porth-notification__title");
        box.add(title);
        Div text = new Div();
        text.addClassName("porth-notification__text");
        request.timeline().stream().filter(item -> item.kind() == TimelineKind.INFORMATION_REQUESTED)
                .reduce((first, second) -> second).map(TimelineItem::detail)
                .ifPresent(question -> text.add(new Paragraph(question)));
        Anchor reply = new Anchor("#message", getTranslation("tracking.waiting.reply"));
        reply.getElement().setAttribute("router-ignore", true);
        text.add(new Paragraph(getTranslation("tracking.waiting.paused")), new Paragraph(reply));
        box.add(text);
        return box;
    }

    private Div notice(String key) {
        Div notice = new Div(new Paragraph(getTranslation(key)));
        notice.addClassNames("porth-notification", "porth-notification--success");
        notice.getElement().setAttribute("role", "status");
        notice.setId("notice");
        return notice;
    }

    private Div section(String titleKey, Component... content) {
        H2 heading = new H2(getTranslation(titleKey));
        heading.addClassName("porth-heading-m");
        Div section = new Div(heading);
        section.add(content);
        section.addClassName("porth-section");
        return section;
    }

    @Override
    public String getPageTitle() {
        return title + " – " + council.name(Language.of(getLocale()));
    }
}
