package org.porth.resident.ui;

import java.time.ZoneId;
import java.util.Optional;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import org.porth.resident.SupportNeed;
import org.porth.resident.SupportNeedsRecord;

/** My account's "Support you need": what the resident told us, when they agreed, and the page to change it. */
class SupportNeedsSummary extends Section {

    SupportNeedsSummary(Optional<SupportNeedsRecord> told, ZoneId zone) {
        addClassName("porth-section");
        H2 heading = new H2(getTranslation("my-account.support-needs.heading"));
        heading.addClassName("porth-heading-m");
        add(heading, new Paragraph(getTranslation("my-account.support-needs.why")));
        told.ifPresentOrElse(record -> {
            UnorderedList needs = new UnorderedList();
            needs.addClassName("porth-list");
            record.needs().stream().sorted().forEach(need -> needs.add(new ListItem(getTranslation(labelKey(need)))));
            add(needs, new Paragraph(getTranslation("my-account.support-needs.given",
                    Dates.text(record.givenAt(), zone, getLocale()))));
        }, () -> add(new Paragraph(getTranslation("my-account.support-needs.none"))));
        RouterLink change = new RouterLink(getTranslation(told.isPresent() ? "my-account.support-needs.change"
                : "my-account.support-needs.tell"), SupportNeedsView.class);
        add(new Paragraph(change));
    }

    static String labelKey(SupportNeed need) {
        return "my-account.support-needs.need." + need.key();
    }
}
