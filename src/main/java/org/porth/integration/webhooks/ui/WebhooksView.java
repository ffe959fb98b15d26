package org.porth.integration.webhooks.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.integration.NewWebhookEndpoint;
import org.porth.integration.WebhookEndpointDetails;
import org.porth.integration.WebhookEndpoints;
import org.porth.shell.FieldProblems;
import org.porth.shell.StaffLayout;
import org.porth.shell.Tables;

/**
 * Administrators see every webhook endpoint and register new ones: the new endpoint's signing secret
 * is shown once, on this page, and never again.
 */
@Route(value = "staff/admin/webhooks", layout = StaffLayout.class)
@PageTitle("webhooks.title")
@Menu(order = 15, title = "webhooks.title")
@RolesAllowed(Role.ADMIN_NAME)
class WebhooksView extends Div {

    private final WebhookEndpoints endpoints;
    private final FieldProblems problems = new FieldProblems();
    private final SigningSecretPanel secret = new SigningSecretPanel();
    private final TextField name = problems.field(WebhookEndpoints.NAME_FIELD, new TextField());
    private final TextField url = problems.field(WebhookEndpoints.URL_FIELD, new TextField());
    private final TextField owner = problems.field(WebhookEndpoints.OWNER_FIELD, new TextField());
    private final CheckboxGroup<String> types = problems.field(WebhookEndpoints.TYPES_FIELD, new CheckboxGroup<>());
    private final TextField services = problems.field(WebhookEndpoints.SERVICES_FIELD, new TextField());
    private final TextField partner = problems.field(WebhookEndpoints.PARTNER_FIELD, new TextField());
    private final Div list = new Div();

    WebhooksView(WebhookEndpoints endpoints) {
        this.endpoints = endpoints;
        H1 heading = new H1(getTranslation("webhooks.title"));
        heading.addClassName("porth-heading-l");
        list.setId("webhooks");
        add(heading, new Paragraph(getTranslation("webhooks.intro")), problems.summary(), secret, list, form());
        refresh();
    }

    private Div form() {
        H2 heading = new H2(getTranslation("webhooks.register.heading"));
        heading.addClassName("porth-heading-m");
        name.setLabel(getTranslation("webhooks.name"));
        url.setLabel(getTranslation("webhooks.url"));
        url.setHelperText(getTranslation("webhooks.url.hint"));
        url.setWidthFull();
        owner.setLabel(getTranslation("webhooks.owner"));
        owner.setHelperText(getTranslation("webhooks.owner.hint"));
        types.setLabel(getTranslation("webhooks.types"));
        types.setItems(endpoints.eventTypes());
        services.setLabel(getTranslation("webhooks.services"));
        services.setHelperText(getTranslation("webhooks.services.hint"));
        partner.setLabel(getTranslation("webhooks.partner"));
        partner.setHelperText(getTranslation("webhooks.partner.hint"));
        var register = FieldProblems.button(getTranslation("webhooks.register"), this::register);
        register.setId("register-webhook");
        return new Div(heading, FieldProblems.group(name), FieldProblems.group(url), FieldProblems.group(owner),
                FieldProblems.group(types), FieldProblems.group(services), FieldProblems.group(partner), register);
    }

    private void register() {
        secret.hide();
        problems.summary().show(List.of());
        problems.attempt(null, () -> endpoints.register(new NewWebhookEndpoint(name.getValue(), url.getValue(),
                owner.getValue(), types.getValue(), services.getValue(), partner.getValue())))
                .ifPresent(issued -> {
                    secret.show("webhooks.registered", issued);
                    name.clear();
                    url.clear();
                    owner.clear();
                    types.clear();
                    services.clear();
                    partner.clear();
                    refresh();
                });
    }

    private void refresh() {
        list.removeAll();
        List<WebhookEndpointDetails> all = endpoints.all();
        if (all.isEmpty()) {
            list.add(new Paragraph(getTranslation("webhooks.none")));
            return;
        }
        NativeTable table = Tables.headed(List.of(getTranslation("webhooks.name"), getTranslation("webhooks.url"),
                getTranslation("webhooks.types"), getTranslation("webhooks.status")));
        NativeTableBody body = new NativeTableBody();
        all.forEach(endpoint -> body.add(new NativeTableRow(
                Tables.rowHeader(new Anchor("staff/admin/webhooks/" + endpoint.id(), endpoint.name())),
                new NativeTableCell(endpoint.url()), new NativeTableCell(String.join(" ", endpoint.eventTypes())),
                new NativeTableCell(getTranslation(endpoint.enabled() ? "webhooks.status.on" : "webhooks.status.off")))));
        table.add(body);
        list.add(Tables.scrolling(table, getTranslation("webhooks.title")));
    }
}
