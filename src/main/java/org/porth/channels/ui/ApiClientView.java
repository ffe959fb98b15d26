package org.porth.channels.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.channels.ApiClientChanges;
import org.porth.channels.ApiClientDetails;
import org.porth.channels.ApiClients;
import org.porth.channels.ApiScope;
import org.porth.identity.Role;
import org.porth.shell.FieldProblems;
import org.porth.shell.AuditLogTable;
import org.porth.shell.StaffLayout;
import org.porth.shell.Tables;

/**
 * One API client: what it may do, changing its name, owner, scopes and rate limit, a new secret (the old one working for the hours the
 * administrator sets), revoking it, and its audit log.
 */
@Route(value = "staff/admin/api-clients", layout = StaffLayout.class)
@PageTitle("api-clients.client.title")
@RolesAllowed(Role.ADMIN_NAME)
class ApiClientView extends Div implements HasUrlParameter<String> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm");

    private final ApiClients apiClients;
    private final Clock clock;
    private final FieldProblems problems = new FieldProblems();
    private final SecretPanel secret = new SecretPanel();
    private final Div notice = new Div();
    private final TextField grace = problems.field(ApiClients.GRACE_FIELD, new TextField());
    private final ApiClientFields fields = new ApiClientFields(this, problems);
    private final Div content = new Div();
    private String clientId;

    ApiClientView(ApiClients apiClients, Clock clock) {
        this.apiClients = apiClients;
        this.clock = clock;
        notice.setId("api-client-notice");
        notice.getElement().setAttribute("role", "status");
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        clientId = parameter;
        show();
    }

    static String scopes(ApiClientDetails client) {
        return client.scopes().stream().sorted().map(ApiScope::value).collect(Collectors.joining(" "));
    }

    static String status(Component view, ApiClientDetails client) {
        String status = view.getTranslation(client.revoked() ? "api-clients.status.revoked" : "api-clients.status.active");
        return client.testClient() ? status + " (" + view.getTranslation("api-clients.status.test") + ")" : status;
    }

    private void show() {
        ApiClientDetails client = apiClients.client(clientId).orElseThrow(NotFoundException::new);
        content.removeAll();
        notice.removeAll();
        H1 heading = new H1(client.name());
        heading.addClassName("porth-heading-l");
        content.add(heading, problems.summary(), notice, secret, details(client));
        if (!client.revoked()) {
            content.add(changes(client), rotation(), revocation());
        }
        content.add(auditLog());
    }

    private NativeTable details(ApiClientDetails client) {
        NativeTable table = Tables.headed(List.of(getTranslation("api-clients.detail"), getTranslation("api-clients.value")));
        table.setId("api-client-details");
        NativeTableBody body = new NativeTableBody(
                detail("api-clients.client-id", client.clientId()),
                detail("api-clients.owner", client.ownerContact()),
                detail("api-clients.scopes", scopes(client)),
                detail("api-clients.rate-limit", String.valueOf(client.rateLimitPerMinute())),
                detail("api-clients.redirect-uris", String.join(" ", client.redirectUris())),
                detail("api-clients.registered-at", when(client.registeredAt())),
                detail("api-clients.previous-secret-until", client.previousSecretUntil() == null
                        ? getTranslation("api-clients.previous-secret.none") : when(client.previousSecretUntil())),
                detail("api-clients.status", status(this, client)));
        table.add(body);
        return table;
    }

    private Div changes(ApiClientDetails client) {
        H2 heading = new H2(getTranslation("api-clients.change.heading"));
        heading.addClassName("porth-heading-m");
        fields.show(client);
        var change = FieldProblems.button(getTranslation("api-clients.change"), () -> problems
                .attempt(null, () -> apiClients.change(clientId, new ApiClientChanges(fields.name.getValue(),
                        fields.owner.getValue(), fields.scopes.getValue(), fields.rateLimit.getValue())))
                .ifPresent(changed -> {
                    show();
                    notice.add(new Paragraph(getTranslation(changed ? "api-clients.changed-now" : "api-clients.unchanged")));
                }));
        change.setId("change-client");
        Div section = new Div(heading);
        fields.groups().forEach(section::add);
        section.add(change);
        return section;
    }

    private Div rotation() {
        H2 heading = new H2(getTranslation("api-clients.rotate.heading"));
        heading.addClassName("porth-heading-m");
        grace.setLabel(getTranslation("api-clients.grace"));
        grace.setHelperText(getTranslation("api-clients.grace.hint"));
        grace.setValue("24");
        var rotate = FieldProblems.button(getTranslation("api-clients.rotate"), () -> problems
                .attempt(null, () -> apiClients.rotateSecret(clientId, grace.getValue()))
                .ifPresent(issued -> {
                    show();
                    secret.show("api-clients.rotated", issued);
                }));
        rotate.setId("rotate-secret");
        return new Div(heading, FieldProblems.group(grace), rotate);
    }

    private Div revocation() {
        H2 heading = new H2(getTranslation("api-clients.revoke.heading"));
        heading.addClassName("porth-heading-m");
        var revoke = FieldProblems.button(getTranslation("api-clients.revoke"), () -> problems
                .attempt(null, () -> {
                    apiClients.revoke(clientId);
                    return true;
                })
                .ifPresent(done -> {
                    show();
                    notice.add(new Paragraph(getTranslation("api-clients.revoked-now")));
                }));
        revoke.addClassName("porth-button--warning");
        revoke.setId("revoke-client");
        return new Div(heading, new Paragraph(getTranslation("api-clients.revoke.hint")), revoke);
    }

    private AuditLogTable auditLog() {
        return new AuditLogTable("api-clients", "api-client-audit", apiClients.auditLog(clientId).stream()
                .map(entry -> new AuditLogTable.Line(entry.at(), entry.staffId(), entry.action(), entry.detail()))
                .toList(), this::when);
    }

    private NativeTableRow detail(String labelKey, String value) {
        return new NativeTableRow(Tables.rowHeader(new Paragraph(getTranslation(labelKey))), new NativeTableCell(value));
    }

    private String when(Instant at) {
        return WHEN.withLocale(getLocale()).withZone(clock.getZone()).format(at);
    }
}
