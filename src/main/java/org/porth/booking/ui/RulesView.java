package org.porth.booking.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.BookableResource;
import org.porth.booking.rules.RuleAdministration;
import org.porth.booking.rules.RuleChange;
import org.porth.booking.rules.RulesInForce;
import org.porth.booking.rules.RulesRefused;
import org.porth.booking.rules.RulesSaved;
import org.porth.identity.Role;
import org.porth.identity.StaffDirectory;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.Hint;
import org.porth.shell.StaffLayout;

/**
 * An administrator changes a resource's booking rules, or puts them back to the council's
 * defaults. Slot length and wards are shown but stay in the file. Bookings outside new opening
 * hours are asked about before anything is saved ({@link OutsideHoursQuestion}).
 */
@Route(value = BookingAdminView.PATH + "/:" + RulesView.RESOURCE + "/rules", layout = StaffLayout.class)
@PageTitle("booking.rules.title")
@RolesAllowed(Role.ADMIN_NAME)
class RulesView extends Div implements BeforeEnterObserver {

    static final String RESOURCE = "resource";

    private final RuleAdministration administration;
    private final StaffDirectory directory;
    private final Clock clock;
    // made again for each resource shown: the router reuses the view from one resource to another
    private ErrorSummary errors;
    private Div notice;
    private Paragraph lastChange;
    private OutsideHoursQuestion question;
    private NativeButton reset;
    private Language language;
    private RulesForm form;
    private String resourceId;

    RulesView(RuleAdministration administration, StaffDirectory directory, Clock clock) {
        this.administration = administration;
        this.directory = directory;
        this.clock = clock;
        addClassName("porth-form-page");
    }

    static String path(String resourceId) {
        return BookingAdminView.PATH + "/" + resourceId + "/rules";
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<RulesInForce> rules = event.getRouteParameters().get(RESOURCE).flatMap(administration::rules);
        if (rules.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        render(rules.get());
    }

    private void render(RulesInForce rules) {
        removeAll();
        language = Language.of(getLocale());
        resourceId = rules.rules().id();
        Anchor back = new Anchor(BookingAdminView.PATH, getTranslation("booking.rules.back"));
        back.addClassName("porth-back-link");
        H1 heading = new H1(getTranslation("booking.rules.heading", rules.rules().name().in(language)));
        heading.addClassName("porth-heading-l");
        errors = new ErrorSummary();
        notice = new Div();
        notice.setId("rules-notice");
        notice.getElement().setAttribute("role", "status");
        lastChange = new Paragraph();
        lastChange.setId("rules-last-change");
        question = new OutsideHoursQuestion();
        form = new RulesForm(language);
        NativeButton save = new NativeButton(getTranslation("booking.rules.save"), click -> {
            // the rules as typed now: a confirmation saves these, whatever the form holds by then
            RuleChange typed = form.typed(resourceId);
            attempt(reason -> administration.save(typed, reason), "booking.rules.saved");
        });
        save.addClassName("porth-button");
        save.setId("save-rules");
        reset = new NativeButton(getTranslation("booking.rules.reset"), click ->
                attempt(reason -> administration.reset(resourceId, reason), "booking.rules.saved-reset"));
        reset.addClassNames("porth-button", "porth-button--secondary");
        reset.setId("reset-rules");
        add(back, errors, heading, notice, new Paragraph(getTranslation("booking.rules.intro")), lastChange,
                fixed(rules.rules()), form, question, buttons(save, reset));
        show(rules);
    }

    private void show(RulesInForce rules) {
        form.fill(rules.rules(), rules.councilDefaults());
        lastChange.setText(LastChangeText.of(rules, directory.names(rules.lastChange()
                .map(RulesInForce.LastChange::officerId).stream().toList()), clock.getZone(), language));
        reset.setVisible(!rules.rules().equals(rules.councilDefaults()));
    }

    private static Div buttons(NativeButton... buttons) {
        Div group = new Div(buttons);
        group.addClassName("porth-button-group");
        return group;
    }

    /** Slot length and wards, which only the file sets. */
    private Div fixed(BookableResource resource) {
        DescriptionList list = new DescriptionList();
        list.addClassName("porth-summary-list");
        list.setId("rules-fixed");
        list.add(new DescriptionList.Term(getTranslation("booking.admin.slot")),
                new DescriptionList.Description(RuleWords.slot(resource.slotLength(), language)),
                new DescriptionList.Term(getTranslation("booking.rules.wards")),
                new DescriptionList.Description(resource.wards().isEmpty() ? getTranslation("booking.rules.wards-all")
                        : String.join(", ", resource.wards().stream().sorted().toList())));
        return new Div(list, new Hint(null, getTranslation("booking.rules.fixed-hint")));
    }

    /** Saves (or resets); bookings outside new hours are asked about, and nothing changes until the answer. */
    private void attempt(Function<Optional<String>, RulesSaved> change, String doneKey) {
        form.clear();
        question.close();
        notice.removeAll();
        try {
            done(change.apply(Optional.empty()), doneKey);
        } catch (RulesRefused refused) {
            if (!refused.problems().isEmpty()) {
                errors.show(form.show(refused.problems()));
                return;
            }
            String asked = question.ask(resourceId, refused.affected(), language,
                    reason -> cancelAndSave(change, reason, doneKey), this::doNotSave);
            errors.show(List.of(new ErrorSummary.Problem(RulesRefused.AFFECTED, asked)));
        }
    }

    private void cancelAndSave(Function<Optional<String>, RulesSaved> change, String reason, String doneKey) {
        try {
            done(change.apply(Optional.of(reason)), doneKey);
        } catch (RulesRefused refused) {
            // the rules were right when asked and bookings in the way are cancelled: only the reason can be wrong
            String message = getTranslation(refused.problems().getFirst().messageKey());
            question.reason().setErrorMessage(message);
            question.reason().setInvalid(true);
            errors.show(List.of(new ErrorSummary.Problem(RuleChange.CANCEL_REASON, message)));
        }
    }

    private void doNotSave() {
        question.close();
        errors.show(List.of());
    }

    private void done(RulesSaved saved, String doneKey) {
        question.close();
        errors.show(List.of());
        notice.removeAll();
        notice.add(new Paragraph(getTranslation(doneKey)));
        if (saved.cancelled() > 0) {
            notice.add(new Paragraph(getTranslation("booking.rules.cancelled", saved.cancelled())));
        }
        RulesInForce now = administration.rules(resourceId).orElseThrow();
        if (!saved.aboveCapacity().isEmpty()) {
            notice.add(new Paragraph(getTranslation("booking.rules.above", now.rules().capacity())));
            UnorderedList above = new UnorderedList();
            above.setId("above-capacity");
            saved.aboveCapacity().stream().map(start -> BookingTexts.at(start, language))
                    .forEach(start -> above.add(new ListItem(start)));
            notice.add(above);
        }
        show(now);
    }
}
