package org.porth.insight.ui;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Input;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeLabel;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.insight.InsightFilter;
import org.porth.insight.Period;
import org.porth.shell.ErrorMessage;
import org.porth.shell.NativeSelect;

/**
 * The dashboard's filters: the period (a week, month or quarter with a given day in it, or any run
 * of days), and optionally one service, team, ward and channel. A day that is not a date is said so
 * next to its field, and nothing else changes.
 */
final class InsightFilters extends Div {

    private final NativeSelect<Period.Kind> kind;
    private final Input from = dateInput("insight-from");
    private final Input to = dateInput("insight-to");
    private final ErrorMessage dateError = new ErrorMessage("insight-dates-error");
    private final NativeSelect<ServiceDefinition> service;
    private final NativeSelect<Map.Entry<String, String>> team;
    private final NativeSelect<String> ward;
    private final NativeSelect<Channel> channel;
    private final Words words;

    InsightFilters(Words words, List<ServiceDefinition> services, Names names, List<String> wards, LocalDate today,
            Consumer<InsightFilter> show) {
        this.words = words;
        setId("insight-filters");
        addClassName("porth-insight-filters");
        kind = new NativeSelect<>(words.get("insight.filter.period"), "insight-period");
        kind.setItems(Arrays.asList(Period.Kind.values()), Enum::name, k -> words.get("insight.period." + k.name()),
                words.get("insight.period.MONTH"));
        kind.select(Period.Kind.MONTH);
        from.setValue(today.toString());
        service = new NativeSelect<>(words.get("insight.filter.service"), "insight-service");
        service.setItems(services, ServiceDefinition::id, s -> names.service(s.id()), words.get("insight.filter.all-services"));
        team = new NativeSelect<>(words.get("insight.filter.team"), "insight-team");
        team.setItems(List.copyOf(names.teams().entrySet()), Map.Entry::getKey, Map.Entry::getValue, words.get("insight.filter.all-teams"));
        ward = new NativeSelect<>(words.get("insight.filter.ward"), "insight-ward");
        ward.setItems(wards, w -> w, names::ward, words.get("insight.filter.all-wards"));
        channel = new NativeSelect<>(words.get("insight.filter.channel"), "insight-channel");
        channel.setItems(Arrays.asList(Channel.values()), Enum::name, c -> names.channel(c.name()), words.get("insight.filter.all-channels"));
        NativeButton apply = new NativeButton(words.get("insight.filter.show"), click -> filter().ifPresent(show));
        apply.setId("insight-show");
        apply.addClassName("porth-button");
        add(kind, field(from, "insight.filter.from"), field(to, "insight.filter.to"), dateError, service, team, ward, channel, apply);
    }

    /** The filter as chosen, or empty (with a message by the dates) when a date is not one. */
    Optional<InsightFilter> filter() {
        try {
            LocalDate first = LocalDate.parse(from.getValue());
            Period.Kind chosen = kind.value().orElse(Period.Kind.MONTH);
            Period period = chosen == Period.Kind.CUSTOM ? Period.custom(first, LocalDate.parse(to.getValue()))
                    : Period.containing(chosen, first);
            dateError.show(null);
            return Optional.of(new InsightFilter(period, service.value().map(ServiceDefinition::id).orElse(null),
                    team.value().map(Map.Entry::getKey).orElse(null), ward.value().orElse(null),
                    channel.value().map(Enum::name).orElse(null)));
        } catch (DateTimeParseException | IllegalArgumentException notDates) {
            dateError.show(words.get("insight.filter.dates-wrong"));
            return Optional.empty();
        }
    }

    private Div field(Input input, String label) {
        NativeLabel name = new NativeLabel(words.get(label));
        name.setFor(input.getId().orElseThrow());
        name.addClassName("porth-label");
        Div field = new Div(name, input);
        field.addClassName("porth-insight-date");
        return field;
    }

    private static Input dateInput(String id) {
        Input input = new Input();
        input.setType("date");
        input.setId(id);
        input.addClassName("porth-input");
        input.getElement().setAttribute("aria-describedby", "insight-dates-error");
        return input;
    }
}
