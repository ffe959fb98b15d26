package org.porth.casework.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.porth.casework.CaseChanges;
import org.porth.casework.CaseSummary;
import org.porth.casework.Cases;
import org.porth.casework.ResidentReply;
import org.porth.casework.YourWork;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/**
 * A caseworker's home: Take next, what residents wrote since they last looked, their cases at
 * risk or overdue, and all their open cases most urgent first with whom each waits for. Showing it
 * counts as looking: the replies it lists are new only this time ({@link YourWork#lookNow()}).
 */
@StyleSheet(CaseView.STYLESHEET)
final class YourWorkPanel extends Div {

    private final Div notice = new Div();
    private final Div lists = new Div();

    YourWorkPanel(YourWork work, Cases cases, CaseChanges changes, Clock clock) {
        setId("your-work");
        addClassName("porth-your-work");
        Language language = Language.of(getLocale());
        ZoneId zone = clock.getZone();
        notice.setId("your-work-notice");
        notice.getElement().setAttribute("role", "status");
        TakeNextButton takeNext = new TakeNextButton("your-work-take-next", cases, notice);
        Paragraph takeNextHint = new Paragraph(getTranslation("workspace.take-next.hint"));
        takeNextHint.addClassName("porth-hint");
        Optional<Instant> lastLooked = work.lookNow();
        add(notice, takeNext, takeNextHint, lists);
        showLists(work, lastLooked, zone, language);
        // while the page is open, "since you last looked" stays when it was opened: what comes in meanwhile is new
        LiveCaseUpdates.attach(this, changes, anyCase -> true, change -> {
            showLists(work, lastLooked, zone, language);
            LiveCaseUpdates.announce(this, LiveCaseUpdates.described(this, change.getFirst()));
        });
    }

    private void showLists(YourWork work, Optional<Instant> lastLooked, ZoneId zone, Language language) {
        lists.removeAll();
        lists.add(replies(work.repliesSince(lastLooked.orElse(null)), lastLooked, zone, language),
                late(work.atRiskOrOverdue(), zone, language),
                section("your-cases", getTranslation("workspace.cases.title", work.count()),
                        new OwnCasesGrid(work, zone, language)));
    }

    private Div replies(List<ResidentReply> replies, Optional<Instant> lastLooked, ZoneId zone, Language language) {
        String since = lastLooked.map(at -> getTranslation("workspace.replies.since", DateText.format(at, zone, language)))
                .orElse(getTranslation("workspace.replies.first-look"));
        Paragraph sinceLine = new Paragraph(since);
        sinceLine.addClassName("porth-hint");
        if (replies.isEmpty()) {
            return section("your-replies", getTranslation("workspace.replies.title"), sinceLine,
                    new Paragraph(getTranslation("workspace.replies.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("porth-your-work__list");
        replies.forEach(reply -> list.add(item(reply.reference(), getTranslation("workspace.replies." + reply.kind(),
                DateText.format(reply.at(), zone, language)), reply.about().in(language))));
        return section("your-replies", getTranslation("workspace.replies.title"), sinceLine, list);
    }

    private Div late(List<CaseSummary> late, ZoneId zone, Language language) {
        if (late.isEmpty()) {
            return section("your-late", getTranslation("workspace.late.title"),
                    new Paragraph(getTranslation("workspace.late.none")));
        }
        UnorderedList list = new UnorderedList();
        list.addClassName("porth-your-work__list");
        late.forEach(summary -> list.add(item(summary.reference(), getTranslation("case.due.sla." + summary.slaState(),
                DateText.format(summary.dueAt(), zone, language)), summary.about().in(language))));
        return section("your-late", getTranslation("workspace.late.title"), list);
    }

    /** A case in a short list: its reference as a link, what happened or when it is due, and what it is about. */
    private ListItem item(String reference, String what, String about) {
        Span said = new Span(what);
        said.addClassName("porth-your-work__what");
        ListItem item = new ListItem(new RouterLink(reference, CaseView.class, new RouteParameters("reference", reference)),
                said);
        if (!about.isBlank()) {
            Span line = new Span(about);
            line.addClassName("porth-your-work__about");
            item.add(line);
        }
        return item;
    }

    private Div section(String id, String title, com.vaadin.flow.component.Component... content) {
        H2 heading = new H2(title);
        heading.addClassName("porth-heading-m");
        Div section = new Div(heading);
        section.add(content);
        section.setId(id);
        section.addClassName("porth-section");
        return section;
    }
}
