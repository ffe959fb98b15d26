package org.porth.booking.ui;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.booking.BookableResource;
import org.porth.booking.BookingPages;
import org.porth.booking.ClosureAdministration;
import org.porth.booking.ClosureAdministration.Closing;
import org.porth.booking.ClosureRefused;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;
import org.porth.shell.ErrorSummary;
import org.porth.shell.FieldProblems;

/**
 * Closing a resource on a day or a range of days, with the reason residents see. When bookings
 * are on those days the form asks first: cancel them and close, or leave it open and move them in
 * the day view.
 */
final class ClosureForm extends Div {

    private final ClosureAdministration administration;
    private final ErrorSummary errors;
    private final FieldProblems problems;
    private final Consumer<String> done;
    private final Language language;
    private final Select<BookableResource> resource = new Select<>();
    private final DatePicker first;
    private final DatePicker last;
    private final TextField reason = new TextField();
    private final Div affected = new Div();

    /** @param done told the message key of what was done, after a closure was added */
    ClosureForm(ClosureAdministration administration, List<BookableResource> resources, ErrorSummary errors,
            Language language, Consumer<String> done) {
        this.administration = administration;
        this.errors = errors;
        this.problems = new FieldProblems(errors);
        this.done = done;
        this.language = language;
        H2 heading = new H2(getTranslation("booking.admin.close-heading"));
        heading.addClassName("porth-heading-m");
        problems.field(ClosureAdministration.RESOURCE_FIELD, resource);
        resource.setLabel(getTranslation("booking.admin.close-resource"));
        resource.setItems(resources);
        resource.setItemLabelGenerator(shown -> shown.name().in(language));
        first = datePicker(ClosureAdministration.FIRST_FIELD, "booking.admin.close-first");
        last = datePicker(ClosureAdministration.LAST_FIELD, "booking.admin.close-last");
        last.setHelperText(getTranslation("booking.admin.close-last.hint"));
        problems.field(ClosureAdministration.REASON_FIELD, reason);
        reason.setLabel(getTranslation("booking.admin.close-reason"));
        reason.setHelperText(getTranslation("booking.admin.close-reason.hint"));
        NativeButton close = new NativeButton(getTranslation("booking.admin.close-button"), click -> submit(asked()));
        close.addClassName("porth-button");
        close.setId("add-closure");
        affected.setId(ClosureRefused.AFFECTED);
        affected.setVisible(false);
        Div fields = new Div(resource, first, last, reason, close);
        fields.addClassName("porth-form-group");
        add(heading, fields, affected);
    }

    private DatePicker datePicker(String id, String labelKey) {
        DatePicker picker = problems.field(id, new DatePicker(getTranslation(labelKey)));
        picker.setLocale(language.locale());
        picker.setI18n(new DatePicker.DatePickerI18n()
                .setMonthNames(Arrays.stream(Month.values()).map(month -> month.getDisplayName(TextStyle.FULL_STANDALONE,
                        language.locale())).toList())
                .setWeekdays(weekdays(TextStyle.FULL_STANDALONE)).setWeekdaysShort(weekdays(TextStyle.SHORT_STANDALONE))
                .setFirstDayOfWeek(1).setDateFormats("d/M/yyyy", "d.M.yyyy", "yyyy-MM-dd")
                .setToday(getTranslation("booking.admin.picker-today")).setCancel(getTranslation("booking.admin.picker-cancel")));
        return picker;
    }

    /** Sunday first, as the date picker expects. */
    private List<String> weekdays(TextStyle style) {
        return Stream.concat(Stream.of(DayOfWeek.SUNDAY),
                Arrays.stream(DayOfWeek.values()).limit(6)).map(day -> day.getDisplayName(style, language.locale())).toList();
    }

    private Closing asked() {
        return new Closing(resource.getValue() == null ? null : resource.getValue().id(), first.getValue(),
                last.getValue(), reason.getValue(), false);
    }

    /** Adds the closure; bookings on its days are cancelled only when {@code closing} says so. */
    private void submit(Closing closing) {
        clearProblems();
        try {
            administration.close(closing);
            first.clear();
            last.clear();
            reason.clear();
            done.accept(closing.cancelBookings() ? "booking.admin.closed-cancelled" : "booking.admin.closed");
        } catch (ClosureRefused refused) {
            if (ClosureRefused.AFFECTED.equals(refused.field())) {
                ask(closing, refused.affectedDays());
                return;
            }
            problems.show(refused.field(), getTranslation(refused.messageKey()));
        }
    }

    /** Bookings are on the days: nothing was closed; the administrator chooses what happens to them. */
    private void ask(Closing closing, List<LocalDate> days) {
        String question = getTranslation("booking.admin.affected", days.size());
        errors.show(List.of(new ErrorSummary.Problem(ClosureRefused.AFFECTED, question)));
        ErrorMessage asked = new ErrorMessage(null);
        asked.show(question);
        UnorderedList byDay = new UnorderedList();
        byDay.setId("affected-days");
        days.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
                .forEach((day, count) -> byDay.add(new ListItem(new Anchor(BookingPages.day(closing.resourceId(), day),
                        getTranslation("booking.admin.affected-day", DateText.withWeekday(day, language), count)))));
        NativeButton cancelAndClose = new NativeButton(getTranslation("booking.admin.cancel-and-close", days.size()),
                click -> submit(new Closing(closing.resourceId(), closing.first(), closing.last(), closing.reason(), true)));
        cancelAndClose.addClassName("porth-button");
        cancelAndClose.setId("cancel-and-close");
        NativeButton keepOpen = new NativeButton(getTranslation("booking.admin.keep-open"), click -> clearProblems());
        keepOpen.addClassNames("porth-button", "porth-button--secondary");
        keepOpen.setId("keep-open");
        affected.add(asked, new Paragraph(getTranslation("booking.admin.affected-move")), byDay, cancelAndClose, keepOpen);
        affected.setVisible(true);
    }

    private void clearProblems() {
        problems.clear();
        errors.show(List.of());
        affected.removeAll();
        affected.setVisible(false);
    }
}
