package org.porth.tracking.ui;

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
import org.porth.casework.CaseStatus;
import org.porth.casework.MessageFile;
import org.porth.casework.TimelineItem;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * What has happened to the request, newest first, in the resident's words: status changes, the
 * messages both ways with the resident's files, the due date moving, and the outcome.
 */
final class PublicTimeline extends Div {

    PublicTimeline(List<TimelineItem> items, ZoneId zone, Language language) {
        setId("timeline");
        OrderedList list = new OrderedList();
        list.addClassName("porth-timeline");
        for (TimelineItem item : items.reversed()) {
            Span when = new Span(DateText.format(item.at(), zone, language));
            when.addClassName("porth-timeline__when");
            ListItem entry = new ListItem(when, new Paragraph(what(item, zone, language)));
            if (item.detail() != null) {
                Paragraph detail = new Paragraph(item.detail());
                detail.addClassName("porth-timeline__detail");
                entry.add(detail);
            }
            if (!item.files().isEmpty()) {
                entry.add(files(item.files()));
            }
            list.add(entry);
        }
        add(list);
    }

    private UnorderedList files(List<MessageFile> files) {
        UnorderedList list = new UnorderedList();
        list.getElement().setAttribute("aria-label", getTranslation("tracking.timeline.files"));
        for (MessageFile file : files) {
            Anchor link = new Anchor("/files/" + file.id(), file.name());
            link.setTarget(AnchorTarget.BLANK);
            list.add(new ListItem(link));
        }
        return list;
    }

    private String what(TimelineItem item, ZoneId zone, Language language) {
        String subject = switch (item.kind()) {
            case CLOCK_RESUMED -> DateText.format(Instant.parse(item.subject()).atZone(zone).toLocalDate(), language);
            case STATUS_CHANGED -> StatusWords.of(CaseStatus.valueOf(item.subject()), this);
            case SUBMITTED -> getTranslation("my-requests.channel." + item.subject());
            case OUTCOME -> getTranslation("tracking.outcome." + item.subject());
            case FEEDBACK -> getTranslation("tracking.feedback.answered." + item.subject());
            case DUPLICATE_OF, REFERRED, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_CLOSED -> item.subject();
            default -> null;
        };
        return getTranslation("tracking.timeline." + item.kind(), subject);
    }
}
