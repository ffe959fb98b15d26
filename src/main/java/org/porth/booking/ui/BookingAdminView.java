package org.porth.booking.ui;

import java.time.Clock;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingResources;
import org.porth.booking.ClosureAdministration;
import org.porth.booking.ResourceClosure;
import org.porth.booking.rules.RuleAdministration;
import org.porth.booking.rules.RulesInForce;
import org.porth.identity.Role;
import org.porth.identity.StaffDirectory;
import org.porth.identity.StaffNames;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.StaffLayout;

/**
 * Administrators' view of what can be booked: every resource with its rules in plain words (the
 * council's defaults from booking/resources.yaml, or as an administrator changed them on
 * {@link RulesView}) and its closures, and a form to close a resource on some days.
 */
@Route(value = BookingAdminView.PATH, layout = StaffLayout.class)
@PageTitle("booking.admin.title")
@Menu(order = 12, title = "booking.admin.title")
@RolesAllowed(Role.ADMIN_NAME)
class BookingAdminView extends Div {

    static final String PATH = "staff/admin/bookings";

    private final BookingResources resources;
    private final ClosureAdministration administration;
    private final RuleAdministration rules;
    private final StaffDirectory directory;
    private final Clock clock;
    private final Language language;
    private final Div notice = new Div();
    private final Div list = new Div();

    BookingAdminView(BookingResources resources, ClosureAdministration administration, RuleAdministration rules,
            StaffDirectory directory, Clock clock) {
        this.resources = resources;
        this.administration = administration;
        this.rules = rules;
        this.directory = directory;
        this.clock = clock;
        this.language = Language.of(getLocale());
        addClassName("porth-form-page");
        H1 heading = new H1(getTranslation("booking.admin.title"));
        heading.addClassName("porth-heading-l");
        notice.setId("closure-notice");
        notice.getElement().setAttribute("role", "status");
        list.setId("resources");
        ErrorSummary errors = new ErrorSummary();
        ClosureForm form = new ClosureForm(administration, resources.all(), errors, language, this::changed);
        add(heading, errors, notice, new Paragraph(getTranslation("booking.admin.intro")), form, list);
        refresh();
    }

    private void changed(String doneKey) {
        notice.removeAll();
        notice.add(new Paragraph(getTranslation(doneKey)));
        refresh();
    }

    private void refresh() {
        list.removeAll();
        List<RulesInForce> all = resources.all().stream().map(resource -> rules.rules(resource.id()).orElseThrow()).toList();
        StaffNames names = directory.names(all.stream().flatMap(shown -> shown.lastChange().stream())
                .map(RulesInForce.LastChange::officerId).toList());
        for (RulesInForce shown : all) {
            BookableResource resource = shown.rules();
            H2 name = new H2(resource.name().in(language));
            name.addClassName("porth-heading-m");
            Paragraph lastChange = new Paragraph(LastChangeText.of(shown, names, clock.getZone(), language));
            lastChange.setId("rules-change-" + resource.id());
            Anchor change = new Anchor(RulesView.path(resource.id()), getTranslation("booking.admin.change-rules"));
            // the resource in words only a screen reader says, after the visible ones (WCAG 2.5.3)
            Span which = new Span(" " + getTranslation("booking.admin.change-rules.which", resource.name().in(language)));
            which.addClassName("porth-visually-hidden");
            change.add(which);
            change.setId("change-rules-" + resource.id());
            H3 closed = new H3(getTranslation("booking.admin.closures"));
            closed.addClassName("porth-heading-s");
            list.add(name, new ResourceRules(resource, resources.servicesBooking(resource, language), language),
                    lastChange, new Paragraph(change), closed, closures(resource));
        }
    }

    private Div closures(BookableResource resource) {
        List<ResourceClosure> current = administration.current(resource.id());
        Div shown = new Div();
        shown.setId("closures-" + resource.id());
        if (current.isEmpty()) {
            shown.add(new Paragraph(getTranslation("booking.admin.closures-none")));
            return shown;
        }
        UnorderedList items = new UnorderedList();
        current.forEach(closure -> {
            String days = days(closure);
            NativeButton remove = new NativeButton(getTranslation("booking.admin.reopen"), click -> {
                administration.reopen(closure.id());
                changed("booking.admin.reopened");
            });
            remove.addClassNames("porth-button", "porth-button--secondary");
            remove.setAriaLabel(getTranslation("booking.admin.reopen.label", resource.name().in(language), days));
            remove.setId("reopen-" + closure.id());
            items.add(new ListItem(new Span(getTranslation("booking.admin.closure", days, closure.reason())), remove));
        });
        shown.add(items);
        return shown;
    }

    private String days(ResourceClosure closure) {
        return closure.first().equals(closure.last()) ? DateText.withWeekday(closure.first(), language)
                : getTranslation("booking.admin.closure-range", DateText.withWeekday(closure.first(), language),
                        DateText.withWeekday(closure.last(), language));
    }
}
