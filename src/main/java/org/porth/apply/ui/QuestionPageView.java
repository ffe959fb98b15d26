package org.porth.apply.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.porth.apply.Applications;
import org.porth.apply.Form;
import org.porth.apply.NoSuchDraftException;
import org.porth.apply.PageResult;
import org.porth.attachments.Attachments;
import org.porth.booking.Availability;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.forms.Answers;
import org.porth.forms.FieldError;
import org.porth.forms.Journey;
import org.porth.gazetteer.Gazetteer;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.StaffLayout;

/**
 * One page of a form (the GOV.UK "one thing per page"): its questions, Back and Continue. Continue
 * checks the answers on the server; wrong ones come back with an error summary and messages by the
 * inputs, and nothing typed is lost; right ones are saved and the form moves on.
 */
@Route(QuestionPageView.ROUTE)
@RouteAlias(value = FormPaths.STAFF_BASE + "/draft/:draft/:page", layout = StaffLayout.class)
@RolesAllowed({Role.RESIDENT_NAME, Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class QuestionPageView extends Div implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = FormPaths.RESIDENT_BASE + "/draft/:draft/:page";
    static final String CHANGE = "change";

    private final Applications applications;
    private final Journey journey;
    private final Gazetteer gazetteer;
    private final Attachments attachments;
    private final Availability availability;
    private final Clock clock;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final List<QuestionInput> inputs = new ArrayList<>();
    private FormPaths paths;
    private Form form;
    private Page page;
    private boolean changing;
    private String heading = "";
    private boolean hasErrors;

    QuestionPageView(Applications applications, Journey journey, Gazetteer gazetteer, Attachments attachments,
            Availability availability, Clock clock) {
        this.applications = applications;
        this.journey = journey;
        this.gazetteer = gazetteer;
        this.attachments = attachments;
        this.availability = availability;
        this.clock = clock;
        addClassName("porth-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String draftId = event.getRouteParameters().get("draft").orElseThrow();
        String pageId = event.getRouteParameters().get("page").orElseThrow();
        try {
            form = applications.open(draftId);
        } catch (NoSuchDraftException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Optional<Page> found = form.definition().page(pageId);
        paths = FormPaths.of(event.getLocation());
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        if (!journey.isVisible(form.definition(), pageId, form.answers())) {
            // an old link, or answers changed since: check your answers knows where to go
            event.forwardTo(paths.check(form.draftId()));
            return;
        }
        page = found.get();
        changing = event.getLocation().getQueryParameters().getParameters().containsKey(CHANGE);
        inputs.clear();
        render(form.answers());
    }

    /**
     * Shows the page's questions for these answers. Inputs already on the page stay as they are, with
     * everything typed in them; a question that has just come into view starts from its answer.
     */
    private void render(Answers answers) {
        Map<String, QuestionInput> onPage = new HashMap<>();
        inputs.forEach(input -> onPage.put(input.question().id(), input));
        removeAll();
        inputs.clear();
        hasErrors = false;
        errorSummary.show(List.of());
        Language language = Language.of(getLocale());
        add(FormParts.backLink(backTarget(), this));
        FormParts.officerBanner(form, this).ifPresent(this::add);
        FormParts.recheckNotice(form, language, this).ifPresent(this::add);
        add(errorSummary);
        Span caption = FormParts.caption(form.definition().name().in(language));
        List<Question> questions = journey.visibleQuestions(form.definition(), page.id(), answers);
        heading = page.title() != null ? page.title().in(language) : questions.getFirst().label().in(language);
        H1 title = new H1(heading);
        title.setId("page-heading");
        title.addClassName("porth-heading-l");
        add(caption, title);
        boolean alone = questions.size() == 1 && page.title() == null;
        // what can be booked only where it is asked: it depends on earlier answers, read again on each page
        boolean booking = questions.stream().anyMatch(question -> question.type() == QuestionType.BOOKING);
        var services = new QuestionInputs.FormServices(gazetteer, form.draftId(), attachments, new BookingInput.Choices(
                booking ? applications.bookingResource(form, answers) : Optional.empty(), availability,
                LocalDate.now(clock)), this::showErrors);
        for (Question question : questions) {
            QuestionInput input = onPage.get(question.id());
            if (input == null) {
                input = QuestionInputs.create(question, language, alone ? title : null, services);
                answers.get(question.id()).ifPresent(input::show);
            }
            inputs.add(input);
            if (form.fromAccount().contains(question.id())) {
                add(FormParts.fromAccount(this));
            }
            add(input.component());
        }
        NativeButton continueButton = new NativeButton(getTranslation("form.continue"), click -> continueForm());
        continueButton.addClassName("porth-button");
        continueButton.setId("continue");
        add(continueButton);
    }

    private String backTarget() {
        if (changing) {
            return paths.check(form.draftId());
        }
        return journey.previous(form.definition(), page.id(), form.answers())
                .map(previous -> paths.page(form.draftId(), previous.id()))
                .orElse(paths.base().equals(FormPaths.STAFF_BASE) ? "staff/callers" : "services/" + form.definition().id());
    }

    private void continueForm() {
        Answers typed = Answers.NONE;
        for (QuestionInput input : inputs) {
            typed = typed.with(input.question().id(), input.read());
        }
        PageResult result = applications.continueFrom(form.draftId(), page.id(), typed);
        switch (result) {
            case PageResult.Invalid invalid -> {
                showQuestionsFor(typed);
                showErrors(invalid.errors());
            }
            case PageResult.Saved saved -> go(changing ? paths.check(form.draftId()) : paths.page(form.draftId(), saved.next().pageId()));
            case PageResult.Stopped stopped -> go(paths.cannotUse(form.draftId(), stopped.pageId()));
            case PageResult.AskToShare ask -> go(paths.share(form.draftId(), ask.pageId()) + (changing ? "?" + CHANGE : ""));
        }
    }

    /**
     * An answer on this page may bring a question on the same page into view ("Something else" asks
     * "Tell us what it is"): it must be on the page for the resident to answer it, and for its error.
     */
    private void showQuestionsFor(Answers typed) {
        Answers answers = form.answers();
        for (var answer : typed.byQuestion().entrySet()) {
            answers = answers.with(answer.getKey(), answer.getValue());
        }
        List<Question> shown = inputs.stream().map(QuestionInput::question).toList();
        if (!journey.visibleQuestions(form.definition(), page.id(), answers).equals(shown)) {
            render(answers);
        }
    }

    private void showErrors(List<FieldError> errors) {
        Language language = Language.of(getLocale());
        for (QuestionInput input : inputs) {
            input.showErrors(errors.stream().filter(error -> error.questionId().equals(input.question().id())).toList());
        }
        errorSummary.show(SummaryProblems.of(errors, language, (questionId, field) -> inputs.stream()
                .filter(input -> input.question().id().equals(questionId)).findFirst()
                .map(input -> input.focusTarget(field)).orElse(Ids.of(questionId))));
        hasErrors = !errors.isEmpty();
        UI.getCurrent().getPage().setTitle(getPageTitle());
    }

    /** To a path that may carry a query ("?change"), which {@code navigate(String)} would take as part of the path. */
    private void go(String location) {
        Location target = new Location(location);
        UI.getCurrent().navigate(target.getPath(), target.getQueryParameters());
    }

    @Override
    public String getPageTitle() {
        return (hasErrors ? getTranslation("error.title-prefix") + " " : "") + heading + " – "
                + (form == null ? "" : form.definition().name().in(Language.of(getLocale())));
    }

}
