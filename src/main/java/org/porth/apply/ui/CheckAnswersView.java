package org.porth.apply.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import jakarta.annotation.security.RolesAllowed;
import org.porth.apply.CheckYourAnswers;
import org.porth.apply.NoSuchDraftException;
import org.porth.apply.Submissions;
import org.porth.apply.SubmitResult;
import org.porth.forms.FieldError;
import org.porth.forms.SummaryRow;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.StaffLayout;

/**
 * Check your answers: every answer with a Change link (which comes back here), the declaration,
 * and Send. A form that is not complete, or that the answers rule out, goes where it must first.
 */
@Route(FormPaths.RESIDENT_BASE + "/draft/:draft/check")
@RouteAlias(value = FormPaths.STAFF_BASE + "/draft/:draft/check", layout = StaffLayout.class)
@PageTitle("check.title")
@RolesAllowed({Role.RESIDENT_NAME, Role.CASEWORKER_NAME, Role.SUPERVISOR_NAME})
class CheckAnswersView extends Div implements BeforeEnterObserver {

    private final Submissions submissions;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final Checkbox declaration = new Checkbox();
    private FormPaths paths;
    private String draftId;

    CheckAnswersView(Submissions submissions) {
        this.submissions = submissions;
        addClassName("porth-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draftId = event.getRouteParameters().get("draft").orElseThrow();
        paths = FormPaths.of(event.getLocation());
        try {
            switch (submissions.check(draftId, Language.of(getLocale()))) {
                case CheckYourAnswers.Ready ready -> render(ready);
                case CheckYourAnswers.Incomplete incomplete -> event.forwardTo(paths.page(draftId, incomplete.position().pageId()));
                case CheckYourAnswers.Stopped stopped -> event.forwardTo(paths.cannotUse(draftId, stopped.pageId()));
            }
        } catch (NoSuchDraftException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(CheckYourAnswers.Ready ready) {
        removeAll();
        errorSummary.show(List.of());
        declaration.setValue(false);
        declaration.setInvalid(false);
        Language language = Language.of(getLocale());
        String lastPage = ready.rows().isEmpty() ? null : ready.rows().getLast().pageId();
        H1 heading = new H1(getTranslation("check.title"));
        heading.addClassName("porth-heading-l");
        add(FormParts.backLink(paths.page(draftId, lastPage), this), errorSummary,
                FormParts.caption(ready.definition().name().in(language)), heading, answers(ready.rows()));
        if (ready.definition().declaration() != null) {
            H2 declarationHeading = new H2(getTranslation("check.declaration"));
            declarationHeading.addClassName("porth-heading-m");
            declaration.setLabel(ready.definition().declaration().in(language));
            declaration.setId(Submissions.DECLARATION);
            add(declarationHeading, declaration);
        }
        NativeButton send = new NativeButton(getTranslation(ready.definition().declaration() != null
                ? "check.accept-and-send" : "check.send"), click -> send());
        send.addClassName("porth-button");
        send.setId("send");
        add(new Paragraph(getTranslation("check.before-sending")), send);
    }

    private DescriptionList answers(List<SummaryRow> rows) {
        DescriptionList list = new DescriptionList();
        list.addClassName("porth-summary-list");
        list.addClassName("porth-summary-list--actions");
        for (SummaryRow row : rows) {
            Div lines = new Div();
            row.lines().forEach(line -> lines.add(new Paragraph(line)));
            Anchor change = new Anchor(paths.change(draftId, row.pageId()), getTranslation("check.change"));
            change.setId(changeLinkOf(row.questionId()));
            Span which = new Span(" " + row.label());
            which.addClassName("porth-visually-hidden");
            change.add(which);
            list.add(new DescriptionList.Term(row.label()), new DescriptionList.Description(lines),
                    new DescriptionList.Description(change));
        }
        return list;
    }

    private static String changeLinkOf(String questionId) {
        return "change-" + questionId;
    }

    private void send() {
        Language language = Language.of(getLocale());
        switch (submissions.submit(draftId, declaration.getValue(), language)) {
            case SubmitResult.Submitted submitted -> UI.getCurrent().navigate(paths.sent(submitted.reference().value()));
            case SubmitResult.NotSubmitted notSubmitted when !notSubmitted.errors().isEmpty() -> showErrors(notSubmitted.errors(), language);
            case SubmitResult.NotSubmitted notSubmitted -> UI.getCurrent().navigate(paths.check(draftId));
        }
    }

    /** The declaration's error by it; an answer's (a booking that could not be confirmed) by its Change link. */
    private void showErrors(List<FieldError> errors, Language language) {
        errors.stream().filter(error -> error.questionId().equals(Submissions.DECLARATION)).findFirst()
                .ifPresent(error -> {
                    declaration.setInvalid(true);
                    declaration.setErrorMessage(error.message().in(language));
                });
        errorSummary.show(SummaryProblems.of(errors, language, (question, field) -> question.equals(Submissions.DECLARATION)
                ? Submissions.DECLARATION : changeLinkOf(question)));
        // GOV.UK: a page with errors says so first in its title, which screen readers read first
        String prefix = getTranslation("error.title-prefix") + " ";
        String title = UI.getCurrent().getInternals().getTitle();
        if (!title.startsWith(prefix)) {
            UI.getCurrent().getPage().setTitle(prefix + title);
        }
    }
}
