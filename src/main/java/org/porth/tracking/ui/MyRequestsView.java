package org.porth.tracking.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.apply.MyApplications.DraftSummary;
import org.porth.booking.BookingPages;
import org.porth.forms.RequestAnswers;
import org.porth.identity.Role;
import org.porth.shared.DateText;
import org.porth.shared.Language;
import org.porth.tracking.MyRequests;
import org.porth.tracking.TrackedRequest;

/**
 * Everything the resident has asked the council for, from every channel, with where each stands and
 * when it is due, whether the council is waiting for them, and the forms they have started. A list
 * of cards, so it reads the same on a phone.
 */
@Route("my-requests")
@PageTitle("my-requests.title")
@Menu(order = 1, title = "nav.my-requests")
@RolesAllowed(Role.RESIDENT_NAME)
class MyRequestsView extends Div {

    /** The booking module's page of the resident's bookings. */

    private final ZoneId zone;
    private final DueWording due;

    private final RequestAnswers answers;

    MyRequestsView(MyRequests mine, DueWording due, RequestAnswers answers, Clock clock) {
        this.zone = clock.getZone();
        this.due = due;
        this.answers = answers;
        H1 heading = new H1(getTranslation("my-requests.title"));
        heading.addClassName("porth-heading-l");
        add(heading, new Paragraph(new Anchor(BookingPages.MINE, getTranslation("booking.mine.link"))));
        MyRequests.Listing listing = mine.list();
        if (listing.drafts().isEmpty() && listing.requests().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-requests.empty"));
            empty.addClassName("porth-lead");
            add(empty, new Paragraph(getTranslation("my-requests.empty-hint")));
            return;
        }
        if (!listing.drafts().isEmpty()) {
            add(drafts(listing.drafts()));
        }
        if (!listing.requests().isEmpty()) {
            add(requests(listing.requests()));
        }
    }

    private Section drafts(List<DraftSummary> drafts) {
        Language language = Language.of(getLocale());
        Section section = section("my-requests.drafts");
        for (DraftSummary draft : drafts) {
            section.add(new DraftCard(draft, answers, zone, language));
        }
        return section;
    }

    private Section requests(List<TrackedRequest> requests) {
        Language language = Language.of(getLocale());
        Section section = section("my-requests.sent");
        for (TrackedRequest request : requests) {
            String reference = request.reference().value();
            H2 name = new H2(new Anchor(RequestView.path(reference), request.service().name().in(language)));
            name.addClassName("porth-heading-s");
            Div card = new Div(name);
            card.addClassName("porth-card");
            card.setId("request-" + reference);
            if (request.waitingForResident()) {
                Paragraph waiting = new Paragraph(getTranslation("tracking.waiting-for-you"));
                waiting.addClassName("porth-tag");
                card.add(waiting);
            }
            DescriptionList details = new DescriptionList();
            details.addClassName("porth-summary-list");
            details.add(term("my-requests.reference"), new DescriptionList.Description(reference),
                    term("tracking.status"), new DescriptionList.Description(StatusWords.of(request.status(), this)),
                    term("my-requests.sent-on"), new DescriptionList.Description(date(request.submittedAt(), language)));
            if (request.open() && request.dueAt() != null && !request.waitingForResident()) {
                details.add(term("tracking.due"), new DescriptionList.Description(due.of(request.dueAt(), language)));
            }
            details.add(term("my-requests.how"),
                    new DescriptionList.Description(getTranslation("my-requests.channel." + request.channel().name())));
            card.add(details);
            section.add(card);
        }
        return section;
    }

    private DescriptionList.Term term(String key) {
        return new DescriptionList.Term(getTranslation(key));
    }

    private Section section(String headingKey) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("porth-heading-m");
        return new Section(heading);
    }

    private String date(Instant instant, Language language) {
        return DateText.format(instant.atZone(zone).toLocalDate(), language);
    }
}
