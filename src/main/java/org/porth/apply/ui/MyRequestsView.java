package org.porth.apply.ui;

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
import org.porth.apply.MyApplications;
import org.porth.apply.MyApplications.DraftSummary;
import org.porth.apply.MyApplications.RequestSummary;
import org.porth.shared.DateText;
import org.porth.identity.Role;
import org.porth.shared.Language;

/**
 * Everything the resident has asked the council for, from every channel, and the forms they have
 * started: when each was last saved and when it will be deleted if they do not come back to it.
 */
@Route("my-requests")
@PageTitle("my-requests.title")
@Menu(order = 1, title = "nav.my-requests")
@RolesAllowed(Role.RESIDENT_NAME)
class MyRequestsView extends Div {

    /** The booking module's page of the resident's bookings. */
    private static final String MY_BOOKINGS = "my-bookings";

    private final ZoneId zone;

    MyRequestsView(MyApplications mine, Clock clock) {
        this.zone = clock.getZone();
        H1 heading = new H1(getTranslation("my-requests.title"));
        heading.addClassName("porth-heading-l");
        add(heading, new Paragraph(new Anchor(MY_BOOKINGS, getTranslation("booking.mine.link"))));
        List<DraftSummary> drafts = mine.drafts();
        List<RequestSummary> requests = mine.requests();
        if (drafts.isEmpty() && requests.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("my-requests.empty"));
            empty.addClassName("porth-lead");
            add(empty, new Paragraph(getTranslation("my-requests.empty-hint")));
            return;
        }
        if (!drafts.isEmpty()) {
            add(drafts(drafts));
        }
        if (!requests.isEmpty()) {
            add(requests(requests));
        }
    }

    private Section drafts(List<DraftSummary> drafts) {
        Language language = Language.of(getLocale());
        Section section = section("my-requests.drafts");
        for (DraftSummary draft : drafts) {
            Anchor resume = new Anchor(new FormPaths(FormPaths.RESIDENT_BASE)
                    .page(draft.draftId(), draft.resumeAt().pageId()), draft.service().name().in(language));
            section.add(card(resume,
                    getTranslation("my-requests.saved", date(draft.savedAt(), language)),
                    getTranslation("my-requests.expires", date(draft.expiresAt(), language))));
        }
        return section;
    }

    private Section requests(List<RequestSummary> requests) {
        Language language = Language.of(getLocale());
        Section section = section("my-requests.sent");
        for (RequestSummary request : requests) {
            DescriptionList details = new DescriptionList();
            details.addClassName("porth-summary-list");
            details.add(new DescriptionList.Term(getTranslation("my-requests.reference")),
                    new DescriptionList.Description(request.reference().value()),
                    new DescriptionList.Term(getTranslation("my-requests.sent-on")),
                    new DescriptionList.Description(date(request.submittedAt(), language)),
                    new DescriptionList.Term(getTranslation("my-requests.how")),
                    new DescriptionList.Description(getTranslation("my-requests.channel." + request.channel().name())));
            H2 name = new H2(request.service().name().in(language));
            name.addClassName("porth-heading-s");
            Div card = new Div(name, details);
            card.addClassName("porth-card");
            section.add(card);
        }
        return section;
    }

    private Section section(String headingKey) {
        H2 heading = new H2(getTranslation(headingKey));
        heading.addClassName("porth-heading-m");
        return new Section(heading);
    }

    private static Div card(Anchor link, String... lines) {
        Div card = new Div(link);
        card.addClassName("porth-card");
        for (String line : lines) {
            card.add(new Paragraph(line));
        }
        return card;
    }

    private String date(Instant instant, Language language) {
        return DateText.format(instant.atZone(zone).toLocalDate(), language);
    }
}
