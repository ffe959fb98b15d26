package org.porth.apply.ui;

import java.util.List;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.apply.Applications;
import org.porth.apply.Form;
import org.porth.apply.NoSuchDraftException;
import org.porth.apply.PageResult;
import org.porth.attachments.StoredFiles;
import org.porth.catalogue.Text;
import org.porth.forms.AnswerSummary;
import org.porth.forms.SummaryRow;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.porth.shell.ErrorSummary;

/**
 * Tell us once: the resident changed details their account filled in, so they are asked whether
 * their account, and every council service that uses those details, should have the new ones.
 * The question is recorded with their answer, in the words shown here.
 */
@Route(FormPaths.RESIDENT_BASE + "/draft/:draft/share/:page")
@PageTitle("share.title")
@RolesAllowed(Role.RESIDENT_NAME)
class ShareDetailsView extends Div implements BeforeEnterObserver {

    private static final String YES = "yes";

    private final Applications applications;
    private final AnswerSummary summary;
    private final StoredFiles files;
    private final ErrorSummary errorSummary = new ErrorSummary();
    private final RadioButtonGroup<String> choice = new RadioButtonGroup<>();
    private FormPaths paths;
    private String draftId;
    private String pageId;
    private boolean changing;
    private PageResult.AskToShare ask;

    ShareDetailsView(Applications applications, AnswerSummary summary, StoredFiles files) {
        this.applications = applications;
        this.summary = summary;
        this.files = files;
        addClassName("porth-form-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        draftId = event.getRouteParameters().get("draft").orElseThrow();
        pageId = event.getRouteParameters().get("page").orElseThrow();
        paths = FormPaths.of(event.getLocation());
        changing = event.getLocation().getQueryParameters().getParameters().containsKey(QuestionPageView.CHANGE);
        try {
            var question = applications.sharingQuestion(draftId, pageId);
            if (question.isEmpty()) {
                event.forwardTo(target(applications.decideSharing(draftId, pageId, List.of(), false)));
                return;
            }
            ask = (PageResult.AskToShare) question.get();
            render(applications.open(draftId));
        } catch (NoSuchDraftException e) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(Form form) {
        removeAll();
        Language language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("share.title"));
        heading.addClassName("porth-heading-l");
        DescriptionList changed = new DescriptionList();
        changed.addClassName("porth-summary-list");
        for (SummaryRow row : summary.rows(form.definition(), form.answers(), language, files)) {
            if (ask.questionIds().contains(row.questionId())) {
                Div lines = new Div();
                row.lines().forEach(line -> lines.add(new Paragraph(line)));
                changed.add(new DescriptionList.Term(row.label()), new DescriptionList.Description(lines));
            }
        }
        choice.setLabel(ask.wording().in(language));
        choice.setId("share");
        choice.setItems(YES, "no");
        choice.setItemLabelGenerator(value -> getTranslation("share." + value));
        choice.setManualValidation(true);
        NativeButton next = new NativeButton(getTranslation("form.continue"), click -> decide());
        next.addClassName("porth-button");
        next.setId("continue");
        add(FormParts.backLink(paths.page(draftId, pageId), this), errorSummary,
                FormParts.caption(form.definition().name().in(language)), heading,
                new Paragraph(getTranslation("share.intro")), changed, choice, next);
    }

    private void decide() {
        if (choice.getValue() == null) {
            Text message = new Text(Translations.get(Language.ENGLISH, "share.required"), Translations.get(Language.WELSH, "share.required"));
            Language language = Language.of(getLocale());
            choice.setInvalid(true);
            choice.setErrorMessage(message.in(language));
            errorSummary.show(List.of(new ErrorSummary.Problem("share", message.in(language))));
            return;
        }
        PageResult result = applications.decideSharing(draftId, pageId, ask.questionIds(), YES.equals(choice.getValue()));
        UI.getCurrent().navigate(target(result));
    }

    private String target(PageResult result) {
        return switch (result) {
            case PageResult.Stopped stopped -> paths.cannotUse(draftId, stopped.pageId());
            case PageResult.Saved saved when changing -> paths.check(draftId);
            case PageResult.Saved saved -> paths.page(draftId, saved.next().pageId());
            default -> paths.check(draftId);
        };
    }
}
