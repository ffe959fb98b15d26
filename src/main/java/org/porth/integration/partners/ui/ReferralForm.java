package org.porth.integration.partners.ui;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.integration.partners.LawfulBasis;
import org.porth.integration.partners.NewReferral;
import org.porth.integration.partners.Partner;
import org.porth.integration.partners.ReferralType;
import org.porth.integration.partners.Referrals;
import org.porth.resident.ConsentRecord;
import org.porth.shared.ActionRefused;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.FieldProblems;
import org.porth.shell.NativeSelect;

/**
 * Refer the case to a partner whose agreement is in force: the type of help, the reason, and either
 * the resident's recorded consent or another lawful basis with the officer's justification. What was
 * entered stays when it is refused; each problem is shown next to its field and in the summary.
 */
final class ReferralForm extends Div {

    private final Referrals referrals;
    private final String reference;
    private final Runnable reshow;
    private final FieldProblems problems = new FieldProblems();
    private final NativeSelect<Partner> partner;
    private final RadioButtonGroup<ReferralType> type = problems.field(Referrals.TYPE_FIELD, new RadioButtonGroup<>());
    private final TextArea reason;
    private final RadioButtonGroup<LawfulBasis> basis = problems.field(Referrals.BASIS_FIELD, new RadioButtonGroup<>());
    private final NativeSelect<ConsentRecord> consent;
    private final TextArea justification;

    ReferralForm(Referrals referrals, String reference, List<Partner> partners, List<ConsentRecord> consents,
            ZoneId zone, Runnable reshow) {
        this.referrals = referrals;
        this.reference = reference;
        this.reshow = reshow;
        setId("referral-form");
        H3 heading = new H3(getTranslation("referrals.form.heading"));
        heading.addClassName("porth-heading-s");
        Language language = Language.of(getLocale());
        partner = new NativeSelect<>(getTranslation("referrals.form.partner"), Referrals.PARTNER_FIELD);
        partner.setItems(partners, Partner::id, one -> getTranslation("referrals.form.partner.option", one.name(),
                one.referralTypes().stream().sorted().map(kind -> getTranslation("referrals.type." + kind))
                        .collect(Collectors.joining(", "))), getTranslation("referrals.form.partner.prompt"));
        type.setLabel(getTranslation("referrals.form.type"));
        type.setItems(EnumSet.allOf(ReferralType.class));
        type.setItemLabelGenerator(kind -> getTranslation("referrals.type." + kind));
        reason = problems.area(Referrals.REASON_FIELD, getTranslation("referrals.form.reason"), Referrals.LONGEST_TEXT);
        reason.setHelperText(getTranslation("referrals.form.reason.hint"));
        basis.setLabel(getTranslation("referrals.form.basis"));
        basis.setHelperText(getTranslation("referrals.form.basis.hint"));
        basis.setItems(Arrays.asList(LawfulBasis.values()));
        basis.setItemLabelGenerator(choice -> getTranslation("referrals.basis." + choice));
        consent = new NativeSelect<>(getTranslation("referrals.form.consent"), Referrals.CONSENT_FIELD);
        consent.setItems(consents, record -> record.id().toString(), record -> getTranslation("referrals.form.consent.option",
                record.wording().in(language), DateText.format(record.givenAt(), zone, language)),
                getTranslation(consents.isEmpty() ? "referrals.form.consent.none" : "referrals.form.consent.prompt"));
        justification = problems.area(Referrals.JUSTIFICATION_FIELD, getTranslation("referrals.form.justification"),
                Referrals.LONGEST_TEXT);
        justification.setHelperText(getTranslation("referrals.form.justification.hint"));
        var refer = FieldProblems.button(getTranslation("referrals.form.refer"), this::refer);
        refer.setId("refer-case");
        add(heading, problems.summary(), FieldProblems.group(partner), FieldProblems.group(type),
                FieldProblems.group(reason), FieldProblems.group(basis), FieldProblems.group(consent),
                FieldProblems.group(justification), refer);
    }

    private void refer() {
        partner.showError(Optional.empty());
        consent.showError(Optional.empty());
        problems.clear();
        try {
            referrals.refer(new NewReferral(reference, partner.value().map(Partner::id).orElse(null), type.getValue(),
                    reason.getValue(), basis.getValue(), consent.value().map(record -> record.id().toString()).orElse(null),
                    justification.getValue()));
            reshow.run();
        } catch (ActionRefused refused) {
            String message = getTranslation(refused.messageKey());
            Optional<NativeSelect<?>> select = switch (refused.field()) {
                case Referrals.PARTNER_FIELD -> Optional.of(partner);
                case Referrals.CONSENT_FIELD -> Optional.of(consent);
                default -> Optional.empty();
            };
            select.ifPresentOrElse(box -> {
                box.showError(Optional.of(message));
                problems.summary().show(List.of(new ErrorSummary.Problem(refused.field(), message)));
            }, () -> problems.show(refused.field(), message));
        }
    }
}
