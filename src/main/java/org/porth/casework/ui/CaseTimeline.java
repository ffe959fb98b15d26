package org.porth.casework.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.casework.MessageFile;
import org.porth.casework.TimelineItem;
import org.porth.identity.StaffNames;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/** Everything that happened to the case, newest first, each entry marked internal or seen by the resident. */
final class CaseTimeline extends Div {

    CaseTimeline(List<TimelineItem> items, StaffNames names, ZoneId zone, Language language) {
        setId("case-timeline");
        OrderedList list = new OrderedList();
        list.addClassName("porth-timeline");
        for (TimelineItem item : items.reversed()) {
            Span when = new Span(DateText.format(item.at(), zone, language));
            when.addClassName("porth-timeline__when");
            Span who = new Span(item.visibleToResident() ? getTranslation("case.timeline.public")
                    : getTranslation("case.timeline.internal"));
            who.addClassName("porth-tag");
            if (!item.visibleToResident()) {
                who.addClassName("porth-tag--grey");
            }
            ListItem entry = new ListItem(when, who, new Paragraph(what(item, names, zone, language)));
            if (item.detail() != null) {
                Paragraph detail = new Paragraph(item.detail());
                detail.addClassName("porth-timeline__detail");
                entry.add(detail);
            }
            if (!item.files().isEmpty()) {
                entry.add(files(item));
            }
            if (item.actor() != null) {
                entry.add(new Paragraph(getTranslation("case.timeline.by", names.of(item.actor()))));
            }
            list.add(entry);
        }
        add(list);
    }

    /** The resident's files, each opening in the browser's own viewer. */
    private UnorderedList files(TimelineItem item) {
        UnorderedList files = new UnorderedList();
        files.getElement().setAttribute("aria-label", getTranslation("case.timeline.files"));
        for (MessageFile file : item.files()) {
            Anchor link = new Anchor("/files/" + file.id(), file.name());
            link.setTarget(AnchorTarget.BLANK);
            files.add(new ListItem(link));
        }
        return files;
    }

    private String what(TimelineItem item, StaffNames names, ZoneId zone, Language language) {
        String subject = switch (item.kind()) {
            case CLOCK_RESUMED -> DateText.format(Instant.parse(item.subject()), zone, language);
            case STATUS_CHANGED -> getTranslation("case.status." + item.subject());
            case SUBMITTED -> getTranslation("case.channel." + item.subject());
            case OUTCOME -> getTranslation("case.outcome." + item.subject());
            case FEEDBACK -> getTranslation("case.feedback." + item.subject());
            case CONTACT -> getTranslation("case.contact.reason." + item.subject());
            case RESIDENT_MESSAGE, RESIDENT_REPLIED -> null;
            case ASSIGNED -> names.of(item.subject());
            default -> item.subject();
        };
        return getTranslation("case.timeline." + item.kind(), subject);
    }
}
