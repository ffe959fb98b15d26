package org.porth.casework.ui;

import java.util.Optional;

import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.porth.casework.CaseDetails;
import org.porth.casework.CaseLocations;
import org.porth.casework.CasePlace;
import org.porth.casework.PossibleDuplicate;
import org.porth.shared.Language;

/**
 * Where the problem is, on the case page: a small map drawn from the gazetteer's points (its text
 * alternative names the place) and, as the content that matters, the other open cases within
 * {@value CaseLocations#DUPLICATE_METRES} metres that may be the same problem, numbered as on the map,
 * each a link to its case with how far away it is.
 */
final class CaseLocation extends Div {

    private CaseLocation(CasePlace place, Language language) {
        setId("case-location");
        addClassName("porth-section");
        H2 heading = new H2(getTranslation("case-location.title"));
        heading.addClassName("porth-heading-m");
        String named = place.place() == null ? getTranslation("case-location.unnamed") : place.place();
        Paragraph where = new Paragraph(named);
        where.setId("case-location-place");
        int others = place.duplicates().size();
        String title = getTranslation(others == 0 ? "case-location.map.none" : others == 1 ? "case-location.map.one"
                : "case-location.map.many", named, CaseLocations.DUPLICATE_METRES, others);
        Svg map = new Svg(LocationMap.svg(place, title, CaseLocations.DUPLICATE_METRES + " m"));
        map.setId("case-location-map");
        H3 duplicatesHeading = new H3(getTranslation("case-location.duplicates", CaseLocations.DUPLICATE_METRES));
        duplicatesHeading.addClassName("porth-heading-s");
        add(heading, where, map, duplicatesHeading);
        if (place.duplicates().isEmpty()) {
            Paragraph none = new Paragraph(getTranslation("case-location.duplicates.none", CaseLocations.DUPLICATE_METRES));
            none.setId("case-duplicates");
            add(none);
            return;
        }
        OrderedList duplicates = new OrderedList();
        duplicates.setId("case-duplicates");
        place.duplicates().forEach(duplicate -> duplicates.add(item(duplicate, language)));
        add(duplicates);
    }

    /** The case's place, when its service asks where the problem is and it was answered. */
    static Optional<CaseLocation> of(CaseLocations locations, CaseDetails details, Language language) {
        return locations.of(details.summary().reference()).map(place -> new CaseLocation(place, language));
    }

    private ListItem item(PossibleDuplicate duplicate, Language language) {
        RouterLink link = new RouterLink(duplicate.reference(), CaseView.class,
                new RouteParameters("reference", duplicate.reference()));
        String about = duplicate.about().in(language);
        return new ListItem(link, new Text(" " + getTranslation(about.isBlank()
                ? "case-location.duplicate" : "case-location.duplicate.about", duplicate.serviceName().in(language),
                duplicate.metres(), getTranslation("case.status." + duplicate.status()), about)));
    }
}
