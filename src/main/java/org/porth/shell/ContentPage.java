package org.porth.shell;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import org.porth.shared.Council;
import org.porth.shared.Language;
import org.porth.shared.Translations;

/**
 * A page of text from the language bundles: {@code <page>.title}, introduction paragraphs
 * {@code <page>.p1, p2, ...}, then sections {@code <page>.s1.heading} with paragraphs
 * {@code <page>.s1.p1, p2, ...}. Every paragraph may name the council's name {0}, phone {1},
 * email {2} and address {3}.
 */
abstract class ContentPage extends Div {

    private final Object[] council;

    ContentPage(String page, Council council) {
        Language language = Language.of(getLocale());
        this.council = new Object[] {
                council.name(language), council.phone(), council.email(), council.address(language)};
        addClassName("porth-content");
        H1 title = new H1(getTranslation(page + ".title"));
        title.addClassName("porth-heading-l");
        add(title);
        addParagraphs(this, page);
        for (int section = 1; Translations.has(page + ".s" + section + ".heading"); section++) {
            String prefix = page + ".s" + section;
            H2 heading = new H2(getTranslation(prefix + ".heading"));
            heading.addClassName("porth-heading-m");
            Section content = new Section(heading);
            addParagraphs(content, prefix);
            add(content);
        }
    }

    private void addParagraphs(HasComponents container, String prefix) {
        for (int paragraph = 1; Translations.has(prefix + ".p" + paragraph); paragraph++) {
            container.add(new Paragraph(getTranslation(prefix + ".p" + paragraph, council)));
        }
    }
}
