package org.porth.booking.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.booking.BookableResource;
import org.porth.booking.OpeningTimes;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;

/** A resource's rules from booking/resources.yaml, in plain words: when it opens, its slots, its limits. */
final class ResourceRules extends Div {

    ResourceRules(BookableResource resource, List<ServiceDefinition> services, Language language) {
        DescriptionList list = new DescriptionList();
        list.addClassName("porth-summary-list");
        list.setId("rules-" + resource.id());
        row(list, "booking.admin.opening", lines(opening(resource, language)));
        row(list, "booking.admin.slot", new Paragraph(resource.slotLength()
                .map(length -> getTranslation("booking.admin.slot-minutes", length.toMinutes()))
                .orElseGet(() -> getTranslation("booking.admin.slot-whole"))));
        row(list, "booking.admin.capacity", new Paragraph(getTranslation("booking.admin.capacity-places", resource.capacity())));
        row(list, "booking.admin.horizon", new Paragraph(getTranslation("booking.admin.horizon-days", resource.horizonDays())));
        row(list, "booking.admin.lead-time", new Paragraph(leadTime(resource.leadTime())));
        row(list, "booking.admin.limit", new Paragraph(resource.limit()
                .map(limit -> getTranslation("booking.admin.limit-" + limit.per().name().toLowerCase(), limit.bookings()))
                .orElseGet(() -> getTranslation("booking.admin.limit-none"))));
        row(list, "booking.admin.services", services.isEmpty() ? new Paragraph(getTranslation("booking.admin.services-none"))
                : lines(services.stream().map(service -> service.name().in(language)).toList()));
        add(list);
    }

    private List<String> opening(BookableResource resource, Language language) {
        return Arrays.stream(DayOfWeek.values()).map(day -> getTranslation("booking.admin.opening-day",
                day.getDisplayName(TextStyle.FULL_STANDALONE, language.locale()),
                resource.opening().containsKey(day) ? resource.opening().get(day).stream().map(this::range)
                        .collect(Collectors.joining(", ")) : getTranslation("booking.admin.opening-closed")))
                .toList();
    }

    private String range(OpeningTimes times) {
        return getTranslation("booking.admin.opening-range", times.opens(), times.closes());
    }

    private String leadTime(Duration lead) {
        if (lead.isZero()) {
            return getTranslation("booking.admin.lead-none");
        }
        String amount = lead.toHoursPart() == 0 && lead.toMinutesPart() == 0 ? amount(lead.toDays(), "day")
                : lead.toMinutesPart() == 0 ? amount(lead.toHours(), "hour") : amount(lead.toMinutes(), "minute");
        return getTranslation("booking.admin.lead-before", amount);
    }

    private String amount(long count, String unit) {
        return count == 1 ? getTranslation("booking.admin.unit-" + unit) : getTranslation("booking.admin.unit-" + unit + "s", count);
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
