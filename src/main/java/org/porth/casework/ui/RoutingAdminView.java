package org.porth.casework.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.shell.FieldProblems;
import org.porth.casework.routing.RoutingAdministration;
import org.porth.casework.routing.RoutingRefused;
import org.porth.catalogue.ServiceDefinition;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.StaffLayout;

/**
 * Administrators change where a service's new requests go: its routing rules as YAML, saved after
 * the same checks as at start-up, and tried on a made-up request first if they like. What they
 * typed stays in the field when it is refused, with what is wrong next to it and in the summary.
 */
@Route(value = "staff/admin/routing", layout = StaffLayout.class)
@PageTitle("routing-admin.title")
@Menu(order = 10, title = "routing-admin.title")
@RolesAllowed(Role.ADMIN_NAME)
class RoutingAdminView extends Div {

    static final String ROUTING_FIELD = "routing-text";

    private final RoutingAdministration administration;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div notice = new Div();
    private final Select<ServiceDefinition> service = new Select<>();
    private final TextArea routing = new TextArea();

    RoutingAdminView(RoutingAdministration administration) {
        this.administration = administration;
        Language language = Language.of(getLocale());
        H1 heading = new H1(getTranslation("routing-admin.title"));
        heading.addClassName("porth-heading-l");
        notice.setId("routing-notice");
        notice.getElement().setAttribute("role", "status");
        service.setId("routing-service");
        service.setLabel(getTranslation("routing-admin.service"));
        service.setItemLabelGenerator(definition -> definition.name().in(language));
        List<ServiceDefinition> services = administration.services(language);
        service.setItems(services);
        service.addValueChangeListener(chosen -> load(chosen.getValue()));
        routing.setId(ROUTING_FIELD);
        routing.setLabel(getTranslation("routing-admin.routing"));
        routing.setHelperText(getTranslation("routing-admin.routing.hint"));
        routing.setWidthFull();
        routing.addClassName("porth-routing-yaml");
        NativeButton save = new NativeButton(getTranslation("routing-admin.save"), click -> save());
        save.addClassName("porth-button");
        save.setId("routing-save");
        RoutingTryOut tryOut = new RoutingTryOut(administration, language,
                () -> service.getValue().id(), routing::getValue, this::clearProblems, this::refused);
        add(heading, errors, notice, new Paragraph(getTranslation("routing-admin.intro")),
                FieldProblems.group(service), FieldProblems.group(routing, save), tryOut);
        if (!services.isEmpty()) {
            service.setValue(services.getFirst());
        }
    }

    private void load(ServiceDefinition chosen) {
        clearProblems();
        routing.setValue(administration.routing(chosen.id()));
    }

    private void save() {
        clearProblems();
        try {
            administration.save(service.getValue().id(), routing.getValue());
            notice.add(new Paragraph(getTranslation("routing-admin.saved",
                    service.getValue().name().in(Language.of(getLocale())))));
            notice.addClassNames("porth-notification", "porth-notification--success");
        } catch (RoutingRefused refused) {
            refused(refused);
        }
    }

    /** Says what is wrong next to the routing and in the summary; what was typed stays. */
    private void refused(RoutingRefused refused) {
        List<String> messages = refused.problems().stream()
                .map(problem -> getTranslation("routing-admin.problem", problem)).toList();
        routing.setErrorMessage(String.join(" ", messages));
        routing.setInvalid(true);
        errors.show(messages.stream().map(message -> new ErrorSummary.Problem(ROUTING_FIELD, message)).toList());
    }

    private void clearProblems() {
        routing.setInvalid(false);
        errors.show(List.of());
        notice.removeAll();
        notice.removeClassNames("porth-notification", "porth-notification--success");
    }
}
