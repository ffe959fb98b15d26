package org.porth.integration.webhooks.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.integration.WebhookDeliveryEntry;
import org.porth.integration.WebhookEndpointDetails;
import org.porth.integration.WebhookEndpoints;
import org.porth.shell.FieldProblems;
import org.porth.shell.AuditLogTable;
import org.porth.shell.StaffLayout;
import org.porth.shell.Tables;

/**
 * One webhook endpoint: what it receives, turning it on or off, a new secret, its deliveries (sent,
 * failing with the last error, not sent because it was off, refused) with Send again, and its changes.
 */
@Route(value = "staff/admin/webhooks", layout = StaffLayout.class)
@PageTitle("webhooks.endpoint.title")
@RolesAllowed(Role.ADMIN_NAME)
class WebhookView extends Div implements HasUrlParameter<String> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss");

    private final WebhookEndpoints endpoints;
    private final Clock clock;
    private final FieldProblems problems = new FieldProblems();
    private final SigningSecretPanel secret = new SigningSecretPanel();
    private final Div notice = new Div();
    private final Div content = new Div();
    private String id;

    WebhookView(WebhookEndpoints endpoints, Clock clock) {
        this.endpoints = endpoints;
        this.clock = clock;
        notice.setId("webhook-notice");
        notice.getElement().setAttribute("role", "status");
        add(content);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        id = parameter;
        show();
    }

    private void show() {
        WebhookEndpointDetails endpoint = endpoints.endpoint(id).orElseThrow(NotFoundException::new);
        content.removeAll();
        notice.removeAll();
        H1 heading = new H1(endpoint.name());
        heading.addClassName("porth-heading-l");
        content.add(heading, problems.summary(), notice, secret, details(endpoint), onOrOff(endpoint), rotation(),
                deliveries(), auditLog());
    }

    private Div details(WebhookEndpointDetails endpoint) {
        NativeTable table = Tables.headed(List.of(getTranslation("webhooks.detail"), getTranslation("webhooks.value")));
        table.setId("webhook-details");
        NativeTableBody body = new NativeTableBody(
                detail("webhooks.url", endpoint.url()),
                detail("webhooks.owner", endpoint.ownerEmail()),
                detail("webhooks.types", String.join(" ", endpoint.eventTypes())),
                detail("webhooks.services", endpoint.serviceCodes().isEmpty() ? getTranslation("webhooks.services.all")
                        : String.join(" ", endpoint.serviceCodes())),
                detail("webhooks.partner", endpoint.partnerId() == null ? getTranslation("webhooks.partner.none")
                        : endpoint.partnerId()),
                detail("webhooks.created-at", when(endpoint.createdAt())),
                detail("webhooks.status", getTranslation(endpoint.enabled() ? "webhooks.status.on" : "webhooks.status.off")));
        if (!endpoint.enabled() && endpoint.disabledReason() != null) {
            body.add(detail("webhooks.disabled-reason", endpoint.disabledReason()));
        }
        table.add(body);
        return Tables.scrolling(table, getTranslation("webhooks.endpoint.title"));
    }

    private Div onOrOff(WebhookEndpointDetails endpoint) {
        H2 heading = new H2(getTranslation("webhooks.switch.heading"));
        heading.addClassName("porth-heading-m");
        boolean on = endpoint.enabled();
        var button = FieldProblems.button(getTranslation(on ? "webhooks.turn-off" : "webhooks.turn-on"),
                () -> problems.attempt(null, () -> {
                    if (on) {
                        endpoints.turnOff(id);
                    } else {
                        endpoints.turnOn(id);
                    }
                    return true;
                }).ifPresent(done -> said(on ? "webhooks.turned-off" : "webhooks.turned-on")));
        button.setId("switch-webhook");
        if (on) {
            button.addClassName("porth-button--warning");
            return new Div(heading, new Paragraph(getTranslation("webhooks.turn-off.hint")), button);
        }
        return new Div(heading, button);
    }

    private Div rotation() {
        H2 heading = new H2(getTranslation("webhooks.rotate.heading"));
        heading.addClassName("porth-heading-m");
        var rotate = FieldProblems.button(getTranslation("webhooks.rotate"), () -> problems
                .attempt(null, () -> endpoints.rotateSecret(id))
                .ifPresent(issued -> {
                    show();
                    secret.show("webhooks.rotated", issued);
                }));
        rotate.setId("rotate-webhook-secret");
        return new Div(heading, new Paragraph(getTranslation("webhooks.rotate.hint")), rotate);
    }

    private Div deliveries() {
        H2 heading = new H2(getTranslation("webhooks.log.heading"));
        heading.addClassName("porth-heading-m");
        List<WebhookDeliveryEntry> log = endpoints.deliveries(id);
        if (log.isEmpty()) {
            return new Div(heading, new Paragraph(getTranslation("webhooks.log.none")));
        }
        NativeTable table = Tables.headed(List.of(getTranslation("webhooks.log.when"),
                getTranslation("webhooks.log.event"), getTranslation("webhooks.log.reference"),
                getTranslation("webhooks.log.status"), getTranslation("webhooks.log.attempts"),
                getTranslation("webhooks.log.error"), getTranslation("webhooks.log.action")));
        table.setId("webhook-deliveries");
        NativeTableBody body = new NativeTableBody();
        log.forEach(delivery -> body.add(new NativeTableRow(new NativeTableCell(when(delivery.createdAt())),
                new NativeTableCell(delivery.eventType()), new NativeTableCell(delivery.subject()),
                new NativeTableCell(status(delivery)), new NativeTableCell(String.valueOf(delivery.attempts())),
                new NativeTableCell(delivery.lastError() == null ? "" : delivery.lastError()),
                new NativeTableCell(sendAgain(delivery)))));
        table.add(body);
        return new Div(heading, Tables.scrolling(table, heading.getText()));
    }

    private String status(WebhookDeliveryEntry delivery) {
        if ("PENDING".equals(delivery.status()) && delivery.lastError() != null) {
            return getTranslation("webhooks.log.status.FAILING", when(delivery.nextAttemptAt()));
        }
        return getTranslation("webhooks.log.status." + delivery.status());
    }

    private Component sendAgain(WebhookDeliveryEntry delivery) {
        if (!delivery.mayBeSentAgain()) {
            return new Div();
        }
        var button = FieldProblems.button(getTranslation("webhooks.log.send-again"), () -> {
            if (endpoints.sendAgain(id, delivery.id())) {
                said("webhooks.log.sent-again");
            } else {
                show();
            }
        });
        button.addClassName("porth-button--secondary");
        button.getElement().setAttribute("aria-label", getTranslation("webhooks.log.send-again.label",
                delivery.eventType() + " " + delivery.subject() + " " + when(delivery.createdAt())));
        return button;
    }

    private void said(String key) {
        show();
        notice.add(new Paragraph(getTranslation(key)));
    }

    private AuditLogTable auditLog() {
        return new AuditLogTable("webhooks", "webhook-audit", endpoints.auditLog(id).stream()
                .map(entry -> new AuditLogTable.Line(entry.at(), entry.staffId(), entry.action(), entry.detail()))
                .toList(), this::when);
    }

    private NativeTableRow detail(String labelKey, String value) {
        return new NativeTableRow(Tables.rowHeader(new Paragraph(getTranslation(labelKey))), new NativeTableCell(value));
    }

    private String when(Instant at) {
        return at == null ? "" : WHEN.withLocale(getLocale()).withZone(clock.getZone()).format(at);
    }
}
