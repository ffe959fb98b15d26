package org.porth.integration.partners.ui;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.integration.WebhookEndpoints;
import org.porth.integration.partners.Partner;
import org.porth.integration.partners.PartnerClients;
import org.porth.integration.partners.PartnerForm;
import org.porth.integration.partners.Partners;
import org.porth.integration.partners.ReferralType;
import org.porth.resident.ProfileField;
import org.porth.shared.ActionRefused;
import org.porth.shell.DateInput;
import org.porth.shell.ErrorSummary;
import org.porth.shell.FieldProblems;
import org.porth.shell.NativeSelect;
import org.porth.shell.AuditLogTable;
import org.porth.shell.StaffLayout;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A partner organisation registered or changed: who it is, the API client it works its referrals with,
 * its data sharing agreement, the referral types and the resident's details it may receive; and, for a
 * partner already registered, its webhook endpoints and its audit log (changes, and its reads of referrals).
 */
@Route(value = "staff/admin/partners", layout = StaffLayout.class)
@RolesAllowed(Role.ADMIN_NAME)
class PartnerView extends Div implements HasUrlParameter<String>, HasDynamicTitle {

    static final String NEW = "new";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final Partners partners;
    private final ObjectProvider<PartnerClients> clients;
    private final WebhookEndpoints webhooks;
    private final Clock clock;
    private final FieldProblems problems = new FieldProblems();
    private final TextField name = problems.field(Partners.NAME_FIELD, new TextField());
    private final TextField contact = problems.field(Partners.CONTACT_FIELD, new TextField());
    private final NativeSelect<PartnerClients.Choice> client;
    private final TextField agreement = problems.field(Partners.AGREEMENT_FIELD, new TextField());
    private final DateInput ends;
    private final CheckboxGroup<ReferralType> types = problems.field(Partners.TYPES_FIELD, new CheckboxGroup<>());
    private final CheckboxGroup<ProfileField> fields = problems.field(Partners.FIELDS_FIELD, new CheckboxGroup<>());
    private final Div content = new Div();
    private Partner partner;

    PartnerView(Partners partners, ObjectProvider<PartnerClients> clients, WebhookEndpoints webhooks, Clock clock) {
        this.partners = partners;
        this.webhooks = webhooks;
        this.clients = clients;
        this.clock = clock;
        client = new NativeSelect<>(getTranslation("partners.client"), Partners.CLIENT_FIELD);
        ends = new DateInput(Partners.ENDS_FIELD, getTranslation("partners.ends.hint"))
                .legend(getTranslation("partners.ends"));
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        partner = NEW.equals(parameter) ? null : partners.find(parameter).orElseThrow(NotFoundException::new);
        content.removeAll();
        H1 heading = new H1(getPageTitle());
        heading.addClassName("porth-heading-l");
        Anchor back = new Anchor("staff/admin/partners", getTranslation("partners.back"));
        content.add(back, heading, problems.summary(), form());
        if (partner != null) {
            content.add(webhooks(), auditLog());
        }
    }

    private Div form() {
        name.setLabel(getTranslation("partners.name"));
        contact.setLabel(getTranslation("partners.contact"));
        contact.setHelperText(getTranslation("partners.contact.hint"));
        List<PartnerClients.Choice> choices = clients.getIfAvailable(() -> List::of).clients();
        client.setItems(choices, PartnerClients.Choice::id, PartnerClients.Choice::name,
                getTranslation("partners.client.none"));
        agreement.setLabel(getTranslation("partners.agreement"));
        types.setLabel(getTranslation("partners.types"));
        types.setItems(EnumSet.allOf(ReferralType.class));
        types.setItemLabelGenerator(type -> getTranslation("referrals.type." + type));
        fields.setLabel(getTranslation("partners.fields"));
        fields.setHelperText(getTranslation("partners.fields.hint"));
        fields.setItems(Arrays.stream(ProfileField.values()).filter(ProfileField::prefill).toList());
        fields.setItemLabelGenerator(field -> getTranslation("consent.field." + field.key()));
        if (partner != null) {
            fill(partner, choices);
        }
        var save = FieldProblems.button(getTranslation(partner == null ? "partners.register" : "partners.save"), this::save);
        save.setId("save-partner");
        return new Div(FieldProblems.group(name), FieldProblems.group(contact), FieldProblems.group(client),
                FieldProblems.group(agreement), FieldProblems.group(ends),
                FieldProblems.group(types), FieldProblems.group(fields), save);
    }

    private void fill(Partner saved, List<PartnerClients.Choice> choices) {
        name.setValue(saved.name());
        contact.setValue(saved.contact());
        choices.stream().filter(choice -> choice.id().equals(saved.apiClientId())).findFirst().ifPresent(client::select);
        agreement.setValue(saved.agreementReference());
        ends.setValue(saved.agreementEnds());
        types.setValue(saved.referralTypes());
        fields.setValue(saved.fields());
    }

    private void save() {
        ends.problem(null, Set.of());
        client.showError(Optional.empty());
        problems.clear();
        PartnerForm form = new PartnerForm(partner == null ? null : partner.id(), name.getValue(), contact.getValue(),
                client.value().map(PartnerClients.Choice::id).orElse(null), agreement.getValue(),
                ends.text(DateInput.DAY), ends.text(DateInput.MONTH), ends.text(DateInput.YEAR), types.getValue(),
                fields.getValue(), partner == null ? 0 : partner.version());
        try {
            Partner saved = partners.save(form);
            UI.getCurrent().navigate("staff/admin/partners/" + saved.id());
        } catch (ActionRefused refused) {
            String message = getTranslation(refused.messageKey());
            if (Partners.ENDS_FIELD.equals(refused.field())) {
                ends.problem(message, Set.copyOf(DateInput.PARTS))
                        .ifPresent(problem -> problems.summary().show(List.of(problem)));
            } else if (Partners.CLIENT_FIELD.equals(refused.field())) {
                client.showError(Optional.of(message));
                problems.summary().show(List.of(new ErrorSummary.Problem(Partners.CLIENT_FIELD, message)));
            } else {
                problems.show(refused.field(), message);
            }
        }
    }

    /** The webhook endpoints registered for this partner (they name it on the webhooks page). */
    private Div webhooks() {
        H2 heading = new H2(getTranslation("partners.webhooks.heading"));
        heading.addClassName("porth-heading-m");
        Div section = new Div(heading, new Paragraph(getTranslation("partners.webhooks.intro", partner.id())));
        section.setId("partner-webhooks");
        var endpoints = webhooks.forPartner(partner.id());
        if (endpoints.isEmpty()) {
            section.add(new Paragraph(getTranslation("partners.webhooks.none")));
        }
        UnorderedList list = new UnorderedList();
        endpoints.forEach(endpoint -> list.add(new ListItem(endpoint.url() + " ("
                + getTranslation(endpoint.enabled() ? "partners.webhooks.on" : "partners.webhooks.off") + ")")));
        section.add(list);
        return section;
    }

    private AuditLogTable auditLog() {
        return new AuditLogTable("partners", "partner-audit", partners.auditLog(partner.id()).stream()
                .map(entry -> new AuditLogTable.Line(entry.at(), entry.actor(), entry.action(), entry.detail()))
                .toList(), at -> WHEN.withLocale(getLocale()).withZone(clock.getZone()).format(at));
    }

    @Override
    public String getPageTitle() {
        return partner == null ? getTranslation("partners.new.title") : partner.name();
    }
}
