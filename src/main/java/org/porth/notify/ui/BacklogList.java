package org.porth.notify.ui;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.notify.Backlog;
import org.porth.notify.WaitText;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * What waits to be sent, channel by channel: how many, how many of them failed and will be tried
 * again, how long the oldest has waited, the last error, and whether administrators have been told.
 * So "nothing has failed" is never read as "everything has gone" while the mail server is down.
 */
class BacklogList extends Div {

    private static final ZoneId UK = ZoneId.of("Europe/London");

    BacklogList(List<Backlog> backlog, Instant now, Language language) {
        setId("waiting");
        H2 title = new H2(getTranslation("notify-admin.waiting.title"));
        title.addClassName("porth-heading-m");
        add(title);
        if (backlog.isEmpty()) {
            add(new Paragraph(getTranslation("notify-admin.waiting.none")));
            return;
        }
        UnorderedList channels = new UnorderedList();
        channels.addClassName("porth-list");
        backlog.forEach(waiting -> channels.add(item(waiting, now, language)));
        add(channels);
    }

    private ListItem item(Backlog waiting, Instant now, Language language) {
        ListItem item = new ListItem(new Paragraph(getTranslation("notify-admin.waiting.count",
                        getTranslation("notify-admin.channel." + waiting.channel().name()), waiting.waiting(),
                        waiting.retrying())),
                new Paragraph(getTranslation("notify-admin.waiting.oldest",
                        WaitText.of(waiting.oldestWait(now), language))));
        item.setId("waiting-" + waiting.channel().name().toLowerCase());
        if (waiting.lastError() != null) {
            item.add(new Paragraph(getTranslation("notify-admin.waiting.last-error", waiting.lastError())));
        }
        if (waiting.alertSince() != null) {
            item.add(new Paragraph(getTranslation("notify-admin.waiting.alerted",
                    DateText.format(waiting.alertSince(), UK, language))));
        }
        return item;
    }
}
