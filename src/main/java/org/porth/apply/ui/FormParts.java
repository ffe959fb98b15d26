package org.porth.apply.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.porth.apply.Form;
import org.porth.shared.Language;

/** Pieces every form page shows: the Back link, the service as a caption, and notices. */
final class FormParts {

    private FormParts() {
    }

    static Anchor backLink(String target, Component translator) {
        Anchor back = new Anchor(target, translator.getTranslation("form.back"));
        back.addClassName("porth-back-link");
        return back;
    }

    static Span caption(String text) {
        Span caption = new Span(text);
        caption.addClassName("porth-caption");
        return caption;
    }

    /** "Tell us once": this answer came from the resident's account, and they can change it. */
    static Component fromAccount(Component translator) {
        Paragraph tag = new Paragraph(translator.getTranslation("form.from-account"));
        tag.addClassName("porth-from-account");
        return tag;
    }

    /** For an officer: whose form this is and how they contacted the council. */
    static Optional<Component> officerBanner(Form form, Component translator) {
        if (form.forResident() == null) {
            return Optional.empty();
        }
        Paragraph text = new Paragraph(translator.getTranslation("form.for-caller", form.forResident(),
                translator.getTranslation("channel." + form.channel().name())));
        Div banner = new Div(text);
        banner.addClassName("porth-inset");
        return Optional.of(banner);
    }

    /** When the service changed since the draft began: which answers to check again. */
    static Optional<Component> recheckNotice(Form form, Language language, Component translator) {
        if (form.toCheck().isEmpty()) {
            return Optional.empty();
        }
        UnorderedList questions = new UnorderedList();
        questions.addClassName("porth-list");
        form.toCheck().forEach(recheck -> questions.add(new ListItem(recheck.label().in(language))));
        Paragraph text = new Paragraph(translator.getTranslation("form.changed-since"));
        Div notice = new Div(text, questions);
        notice.getElement().setAttribute("role", "status");
        notice.addClassName("porth-notification");
        notice.addClassName("porth-notification--plain");
        return Optional.of(notice);
    }
}
