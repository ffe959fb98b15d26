package org.porth.tracking.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.casework.AlreadyReported;
import org.porth.casework.ResidentCase;
import org.porth.tracking.RequestSection;
import org.springframework.core.annotation.Order;

/**
 * Tells the resident, on their request page, that the problem they reported was already known (a
 * sensor's alert or another report at the same place, decision 0065): that their report is linked to
 * it, and what happens next. Only while their request is open; never which case or whose it was.
 */
@org.springframework.stereotype.Component
@Order(0)
class AlreadyKnownSection implements RequestSection {

    static final String ID = "already-known";

    private final AlreadyReported alreadyReported;

    AlreadyKnownSection(AlreadyReported alreadyReported) {
        this.alreadyReported = alreadyReported;
    }

    @Override
    public Optional<Component> create(ResidentCase request) {
        if (!alreadyReported.before(request.summary().reference())) {
            return Optional.empty();
        }
        Div box = new Div();
        box.setId(ID);
        box.addClassNames("porth-notification", "porth-notification--plain");
        H2 title = new H2(box.getTranslation("tracking.known.title"));
        title.addClassName("porth-notification__title");
        Div text = new Div(new Paragraph(box.getTranslation("tracking.known.linked")),
                new Paragraph(box.getTranslation("tracking.known.next")));
        text.addClassName("porth-notification__text");
        box.add(title, text);
        return Optional.of(box);
    }
}
