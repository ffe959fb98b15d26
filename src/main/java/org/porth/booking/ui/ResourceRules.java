package org.porth.booking.ui;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.booking.BookableResource;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;

/** A resource's rules in force, in plain words: when it opens, its slots, its limits. */
final class ResourceRules extends Div {

    ResourceRules(BookableResource resource, List<ServiceDefinition> services, Language language) {
        DescriptionList list = new DescriptionList();
        list.addClassName("porth-summary-list");
        list.setId("rules-" + resource.id());
        row(list, "booking.admin.opening", lines(opening(resource, language)));
        row(list, "booking.admin.slot", new Paragraph(RuleWords.slot(resource.slotLength(), language)));
        row(list, "booking.admin.capacity", new Paragraph(RuleWords.capacity(resource.capacity(), language)));
        row(list, "booking.admin.horizon", new Paragraph(RuleWords.horizon(resource.horizonDays(), language)));
        row(list, "booking.admin.lead-time", new Paragraph(RuleWords.before(resource.leadTime(), language)));
        row(list, "booking.admin.cancel-until", new Paragraph(RuleWords.before(resource.cancelUntil(), language)));
        row(list, "booking.admin.limit", new Paragraph(RuleWords.limit(resource.limit(), language)));
        row(list, "booking.admin.services", services.isEmpty() ? new Paragraph(getTranslation("booking.admin.services-none"))
                : lines(services.stream().map(service -> service.name().in(language)).toList()));
        add(list);
    }

    private List<String> opening(BookableResource resource, Language language) {
        return Arrays.stream(DayOfWeek.values()).map(day -> getTranslation("booking.admin.opening-day",
                day.getDisplayName(TextStyle.FULL_STANDALONE, language.locale()),
                RuleWords.hours(resource.opening().getOrDefault(day, List.of()), language))).toList();
    }

    private void row(DescriptionList list, String termKey, Component description) {
        list.add(new DescriptionList.Term(getTranslation(termKey)), new DescriptionList.Description(description));
    }

    private static Div lines(List<String> lines) {
        Div all = new Div();
        lines.forEach(line -> all.add(new Paragraph(line)));
        return all;
    }
}
