package org.porth.resident.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.resident.Consent;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.SupportNeed;
import org.porth.resident.SupportNeeds;
import org.porth.resident.SupportNeedsRecord;
import org.porth.resident.SupportNeedsWording;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary.Problem;

/**
 * My account: the support a resident needs, from a fixed list, told with their consent so that
 * council teams prioritise and adapt how they deal with their requests; and removing it, which
 * withdraws the consent.
 */
@Route("my-account/support-needs")
@PageTitle("my-account.support-needs-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class SupportNeedsView extends ProfileEditPage {

    static final String NEEDS_ID = "support-needs";
    static final String CONSENT_ID = "support-needs-consent";
    /** What My account confirms (keys {@code my-account.updated.*}). */
    static final String SAVED = "support-needs";
    static final String REMOVED = "support-needs-removed";
    private static final String HEADING_ID = "support-needs-heading";

    private final SupportNeeds supportNeeds;
    private final ResidentId residentId;
    private final CheckboxGroup<SupportNeed> needs = new CheckboxGroup<>();
    private final Checkbox consent = new Checkbox();

    SupportNeedsView(ResidentProfiles profiles, SupportNeeds supportNeeds) {
        this.supportNeeds = supportNeeds;
        this.residentId = profiles.current().id();
        H1 heading = new H1(getTranslation("my-account.support-needs-page.title"));
        heading.setId(HEADING_ID);
        heading.addClassName("porth-heading-l");
        needs.setId(NEEDS_ID);
        needs.setAriaLabelledBy(HEADING_ID);
        needs.setHelperText(getTranslation("my-account.support-needs-page.hint"));
        needs.setItems(SupportNeed.values());
        needs.setItemLabelGenerator(need -> getTranslation(SupportNeedsSummary.labelKey(need)));
        consent.setId(CONSENT_ID);
        consent.setLabel(SupportNeedsWording.consent().in(Language.of(getLocale())));
        consent.setManualValidation(true);
        needs.setManualValidation(true);
        supportNeeds.of(residentId).map(SupportNeedsRecord::needs).ifPresent(told -> {
            needs.setValue(told);
            consent.setValue(true);
        });
        form("my-account.form.save", List.of(), heading,
                paragraph("my-account.support-needs-page.why"), paragraph("my-account.support-needs-page.who"),
                needs, consent);
        if (!needs.getValue().isEmpty()) {
            add(removal());
        }
    }

    private Section removal() {
        H2 heading = new H2(getTranslation("my-account.support-needs-page.remove-heading"));
        heading.addClassName("porth-heading-m");
        NativeButton remove = new NativeButton(getTranslation("my-account.support-needs-page.remove"), click -> {
            supportNeeds.remove(residentId);
            MyAccountView.showUpdated(REMOVED);
        });
        remove.addClassNames("porth-button", "porth-button--warning");
        Section section = new Section(heading, paragraph("my-account.support-needs-page.remove-effect"), remove);
        section.addClassName("porth-section");
        return section;
    }

    private Paragraph paragraph(String key) {
        return new Paragraph(getTranslation(key));
    }

    @Override
    protected List<Problem> saveIfValid() {
        Set<SupportNeed> chosen = needs.getValue();
        List<Problem> problems = new ArrayList<>();
        String noNeed = chosen.isEmpty() ? getTranslation("my-account.support-needs-page.none") : null;
        String noConsent = consent.getValue() ? null : getTranslation("my-account.support-needs-page.no-consent");
        show(needs, noNeed, NEEDS_ID, problems);
        show(consent, noConsent, CONSENT_ID, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        supportNeeds.record(residentId, chosen, Consent.given(SupportNeedsWording.consent()));
        MyAccountView.showUpdated(SAVED);
        return List.of();
    }

    private static void show(HasValidationProperties field, String problem,
            String id, List<Problem> problems) {
        field.setInvalid(problem != null);
        field.setErrorMessage(problem);
        if (problem != null) {
            problems.add(new Problem(id, problem));
        }
    }
}
