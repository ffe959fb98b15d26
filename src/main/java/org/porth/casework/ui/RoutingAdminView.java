package org.porth.casework.ui;

import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.casework.routing.RoutingAdministration;
import org.porth.casework.routing.RoutingFormRefused;
import org.porth.casework.routing.RoutingRefused;
import org.porth.catalogue.ServiceDefinition;
import org.porth.identity.Role;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;
import org.porth.shell.ErrorSummary;
import org.porth.shell.FieldProblems;
import org.porth.shell.StaffLayout;

/**
 * Administrators change where a service's new requests go: its routing rules as a form (questions
 * and answers picked from the service's, queues, priorities and flags), written as the same YAML the
 * definitions use and saved after the same checks as at start-up, and tried on a made-up request
 * first if they like. What they entered stays when it is refused, with what is wrong next to the
 * field and in the summary.
 */
@Route(value = "staff/admin/routing", layout = StaffLayout.class)
@PageTitle("routing-admin.title")
@Menu(order = 10, title = "routing-admin.title")
@RolesAllowed(Role.ADMIN_NAME)
class RoutingAdminView extends Div {

    static final String SAVE = "routing-save";

    private final RoutingAdministration administration;
    private final ErrorSummary errors = new ErrorSummary();
    private final Div notice = new Div();
    private final Select<ServiceDefinition> service = new Select<>();
    private final RoutingRulesForm form;
    private final RoutingTryOut tryOut;
    private final ErrorMessage saveError = new ErrorMessage("routing-save-error");
    private final Pre yaml = new Pre();

    RoutingAdminView(RoutingAdministration administration) {
        this.administration = administration;
        Language language = Language.of(getLocale());
        form = new RoutingRulesForm(language);
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
        NativeButton save = FieldProblems.button(getTranslation("routing-admin.save"), this::save);
        save.setId(SAVE);
        yaml.setId("routing-yaml");
        yaml.getElement().setAttribute("tabindex", "0");
        NativeDetails written = new NativeDetails(getTranslation("casework-rules.yaml"), yaml);
        tryOut = new RoutingTryOut(administration, language, () -> service.getValue().id(), form::value,
                this::clearProblems, this::formRefused, this::refused);
        add(heading, errors, notice, new Paragraph(getTranslation("routing-admin.intro")),
                FieldProblems.group(service), form, FieldProblems.group(saveError, save), written, tryOut);
        if (!services.isEmpty()) {
            service.setValue(services.getFirst());
        }
    }

    private void load(ServiceDefinition chosen) {
        clearProblems();
        var choices = administration.choices(chosen.id());
        form.show(administration.form(chosen.id()), choices);
        tryOut.show(choices);
        yaml.setText(administration.routing(chosen.id()));
    }

    private void save() {
        clearProblems();
        try {
            yaml.setText(administration.save(service.getValue().id(), form.value()));
            notice.add(new Paragraph(getTranslation("routing-admin.saved",
                    service.getValue().name().in(Language.of(getLocale())))));
            notice.addClassNames("porth-notification", "porth-notification--success");
        } catch (RoutingFormRefused refused) {
            formRefused(refused);
        } catch (RoutingRefused refused) {
            refused(refused);
        }
    }

    /** Says what is wrong next to each field and in the summary; what was entered stays. */
    private void formRefused(RoutingFormRefused refused) {
        Map<String, HasValidation> fields = form.fields();
        List<ErrorSummary.Problem> problems = refused.problems().stream().map(problem -> new ErrorSummary.Problem(
                problem.field(), getTranslation(problem.key(), problem.arguments().toArray()))).toList();
        problems.forEach(problem -> {
            HasValidation field = fields.get(problem.fieldId());
            if (field != null) {
                field.setErrorMessage(problem.message());
                field.setInvalid(true);
            }
        });
        errors.show(problems);
    }

    /** The definitions' own checks refused the routing as a whole: said by the Save button and in the summary. */
    private void refused(RoutingRefused refused) {
        List<String> messages = refused.problems().stream()
                .map(problem -> getTranslation("routing-admin.problem", problem)).toList();
        saveError.show(String.join(" ", messages));
        errors.show(messages.stream().map(message -> new ErrorSummary.Problem(SAVE, message)).toList());
    }

    private void clearProblems() {
        form.fields().values().forEach(field -> field.setInvalid(false));
        saveError.show(null);
        errors.show(List.of());
        notice.removeAll();
        notice.removeClassNames("porth-notification", "porth-notification--success");
    }
}
