package org.porth.booking.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.booking.BookableResource;
import org.porth.booking.HouseholdLimit;
import org.porth.booking.rules.RuleChange;
import org.porth.booking.rules.RuleChange.Unit;
import org.porth.booking.rules.RulesRefused;
import org.porth.shared.Language;
import org.porth.shell.ErrorSummary;
import org.porth.shell.Hint;

/**
 * The rules an administrator may change, as text fields they type in (so that whatever is typed
 * stays, right or wrong, for the server to check), each with the council's default as its hint.
 */
final class RulesForm extends Div {

    private static final String OPENING_HEADING = "rules-opening-heading";

    private final Language language;
    private final TextField capacity = new TextField();
    private final TextField horizon = new TextField();
    private final TextField leadTime = new TextField();
    private final Select<Unit> leadTimeUnit = new Select<>();
    private final TextField cancelUntil = new TextField();
    private final Select<Unit> cancelUntilUnit = new Select<>();
    private final Select<HouseholdLimit.Period> limitPer = new Select<>();
    private final TextField limitBookings = new TextField();
    private final Map<DayOfWeek, TextField> opening = new EnumMap<>(DayOfWeek.class);
    private final Map<String, HasValidation> fields = new HashMap<>();

    RulesForm(Language language) {
        this.language = language;
        field(RuleChange.CAPACITY, capacity, getTranslation("booking.rules.capacity"));
        field(RuleChange.HORIZON, horizon, getTranslation("booking.rules.horizon"));
        field(RuleChange.LEAD_TIME, leadTime, getTranslation("booking.rules.lead-time"));
        field(RuleChange.CANCEL_UNTIL, cancelUntil, getTranslation("booking.rules.cancel-until"));
        field(RuleChange.LIMIT_BOOKINGS, limitBookings, getTranslation("booking.rules.limit-bookings"));
        unit(leadTimeUnit, RuleChange.LEAD_TIME + "-unit", "booking.rules.lead-time-unit");
        unit(cancelUntilUnit, RuleChange.CANCEL_UNTIL + "-unit", "booking.rules.cancel-until-unit");
        limitPer.setId("rules-limit-per");
        limitPer.setLabel(getTranslation("booking.rules.limit"));
        limitPer.setItems(HouseholdLimit.Period.values());
        limitPer.setEmptySelectionAllowed(true);
        limitPer.setEmptySelectionCaption(getTranslation("booking.rules.limit.none"));
        // the generator is asked for the empty choice's label too
        limitPer.setItemLabelGenerator(per -> per == null ? getTranslation("booking.rules.limit.none")
                : getTranslation("booking.rules.limit." + per.name()));
        // the number means something only with a period
        limitPer.addValueChangeListener(chosen -> limitBookings.setVisible(chosen.getValue() != null));
        H2 hours = new H2(getTranslation("booking.rules.opening"));
        hours.addClassName("porth-heading-m");
        hours.setId(OPENING_HEADING);
        Div week = new Div(hours, new Hint(null, getTranslation("booking.rules.opening-hint")));
        week.getElement().setAttribute("role", "group");
        week.getElement().setAttribute("aria-labelledby", OPENING_HEADING);
        for (DayOfWeek day : DayOfWeek.values()) {
            TextField times = new TextField();
            field(RuleChange.opening(day), times, weekday(day));
            opening.put(day, times);
            week.add(times);
        }
        add(capacity, horizon, pair(leadTime, leadTimeUnit), pair(cancelUntil, cancelUntilUnit), limitPer, limitBookings,
                week);
    }

    /** Shows the rules, with the council's default under each. */
    void fill(BookableResource rules, BookableResource defaults) {
        RuleChange typed = RuleChange.of(rules);
        RuleChange typedDefaults = RuleChange.of(defaults);
        capacity.setValue(typed.capacity());
        capacity.setHelperText(byDefault(RuleWords.capacity(defaults.capacity(), language)));
        horizon.setValue(typed.horizonDays());
        horizon.setHelperText(byDefault(RuleWords.horizon(defaults.horizonDays(), language)));
        leadTime.setValue(typed.leadTime());
        leadTimeUnit.setValue(typed.leadTimeUnit());
        leadTime.setHelperText(byDefault(RuleWords.before(defaults.leadTime(), language)));
        cancelUntil.setValue(typed.cancelUntil());
        cancelUntilUnit.setValue(typed.cancelUntilUnit());
        cancelUntil.setHelperText(byDefault(RuleWords.before(defaults.cancelUntil(), language)));
        limitPer.setValue(typed.limitPer());
        limitPer.setHelperText(byDefault(RuleWords.limit(defaults.limit(), language)));
        limitBookings.setValue(typed.limitBookings());
        limitBookings.setVisible(typed.limitPer() != null);
        opening.forEach((day, times) -> {
            times.setValue(typed.opening().get(day));
            String usual = typedDefaults.opening().get(day);
            times.setHelperText(byDefault(usual.isEmpty() ? getTranslation("booking.admin.opening-closed") : usual));
        });
    }

    /** What is typed now. */
    RuleChange typed(String resourceId) {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        opening.forEach((day, times) -> hours.put(day, times.getValue()));
        return new RuleChange(resourceId, capacity.getValue(), horizon.getValue(), leadTime.getValue(),
                leadTimeUnit.getValue(), cancelUntil.getValue(), cancelUntilUnit.getValue(), limitBookings.getValue(),
                limitPer.getValue(), hours);
    }

    /** Marks each field with its problem; the problems for the summary, a weekday's named. */
    List<ErrorSummary.Problem> show(List<RulesRefused.Problem> problems) {
        clear();
        return problems.stream().filter(problem -> fields.containsKey(problem.field())).map(problem -> {
            String message = getTranslation(problem.messageKey());
            HasValidation field = fields.get(problem.field());
            field.setErrorMessage(message);
            field.setInvalid(true);
            return new ErrorSummary.Problem(problem.field(), opening.entrySet().stream()
                    .filter(day -> day.getValue() == field).findFirst()
                    .map(day -> getTranslation("booking.rules.error.opening-day", weekday(day.getKey()), message))
                    .orElse(message));
        }).toList();
    }

    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
    }

    private void field(String id, TextField field, String label) {
        field.setId(id);
        field.setLabel(label);
        fields.put(id, field);
    }

    private void unit(Select<Unit> unit, String id, String labelKey) {
        unit.setId(id);
        unit.setLabel(getTranslation(labelKey));
        unit.setItems(Unit.values());
        unit.setItemLabelGenerator(option -> getTranslation("booking.rules.unit." + option.name()));
    }

    private String byDefault(String value) {
        return getTranslation("booking.rules.default", value);
    }

    private String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL_STANDALONE, language.locale());
    }

    /** An amount and its unit side by side, one above the other on a phone. */
    private static Div pair(TextField amount, Select<Unit> unit) {
        Div pair = new Div(amount, unit);
        pair.addClassName("porth-booking-chooser");
        return pair;
    }
}
