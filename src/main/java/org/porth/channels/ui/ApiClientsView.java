package org.porth.channels.ui;

import java.util.List;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.channels.ApiClientDetails;
import org.porth.channels.ApiClients;
import org.porth.channels.NewApiClient;
import org.porth.identity.Role;
import org.porth.shell.FieldProblems;
import org.porth.shell.StaffLayout;
import org.porth.shell.Tables;

/**
 * Administrators see every API client and register new ones: the new client's id and secret are
 * shown once, on this page, and never again.
 */
@Route(value = "staff/admin/api-clients", layout = StaffLayout.class)
@PageTitle("api-clients.title")
@Menu(order = 14, title = "api-clients.title")
@RolesAllowed(Role.ADMIN_NAME)
class ApiClientsView extends Div {

    private final ApiClients apiClients;
    private final FieldProblems problems = new FieldProblems();
    private final SecretPanel secret = new SecretPanel();
    private final ApiClientFields fields = new ApiClientFields(this, problems);
    private final Checkbox testClient = new Checkbox();
    private final TextArea redirectUris = problems.field(ApiClients.REDIRECT_URIS_FIELD, new TextArea());
    private final Div list = new Div();

    ApiClientsView(ApiClients apiClients) {
        this.apiClients = apiClients;
        H1 heading = new H1(getTranslation("api-clients.title"));
        heading.addClassName("porth-heading-l");
        list.setId("api-clients");
        add(heading, problems.summary(), secret, list, form());
        refresh();
    }

    private Div form() {
        H2 heading = new H2(getTranslation("api-clients.register.heading"));
        heading.addClassName("porth-heading-m");
        testClient.setLabel(getTranslation("api-clients.test-client"));
        testClient.setId("api-client-test");
        redirectUris.setLabel(getTranslation("api-clients.redirect-uris"));
        redirectUris.setHelperText(getTranslation("api-clients.redirect-uris.hint"));
        redirectUris.setWidthFull();
        var register = FieldProblems.button(getTranslation("api-clients.register"), this::register);
        register.setId("register-api-client");
        Div form = new Div(heading);
        fields.groups().forEach(form::add);
        form.add(FieldProblems.group(testClient), FieldProblems.group(redirectUris), register);
        return form;
    }

    private void register() {
        secret.hide();
        problems.summary().show(List.of());
        problems.attempt(null, () -> apiClients.register(new NewApiClient(fields.name.getValue(),
                fields.owner.getValue(), fields.scopes.getValue(), fields.rateLimit.getValue(), testClient.getValue(), redirectUris.getValue())))
                .ifPresent(issued -> {
                    secret.show("api-clients.registered", issued);
                    fields.name.clear();
                    fields.owner.clear();
                    fields.scopes.clear();
                    redirectUris.clear();
                    testClient.clear();
                    refresh();
                });
    }

    private void refresh() {
        list.removeAll();
        List<ApiClientDetails> clients = apiClients.all();
        if (clients.isEmpty()) {
            list.add(new Paragraph(getTranslation("api-clients.none")));
            return;
        }
        NativeTable table = Tables.headed(List.of(getTranslation("api-clients.name"),
                getTranslation("api-clients.client-id"), getTranslation("api-clients.scopes"),
                getTranslation("api-clients.rate-limit"), getTranslation("api-clients.status")));
        NativeTableBody body = new NativeTableBody();
        clients.forEach(client -> body.add(row(client)));
        table.add(body);
        list.add(table);
    }

    private NativeTableRow row(ApiClientDetails client) {
        Anchor link = new Anchor("staff/admin/api-clients/" + client.clientId(), client.name());
        return new NativeTableRow(Tables.rowHeader(link), new NativeTableCell(client.clientId()),
                new NativeTableCell(ApiClientView.scopes(client)),
                new NativeTableCell(String.valueOf(client.rateLimitPerMinute())),
                new NativeTableCell(ApiClientView.status(this, client)));
    }
}
