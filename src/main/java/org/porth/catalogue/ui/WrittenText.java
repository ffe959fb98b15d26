package org.porth.catalogue.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Text a council writes in a service definition, as paragraphs and bulleted lists: a blank line
 * starts a new paragraph, and lines beginning "- " are the items of a list. Never HTML, so a
 * definition cannot put markup or scripts on a page.
 */
final class WrittenText {

    private static final String ITEM = "- ";

    private WrittenText() {
    }

    static List<Component> of(String text) {
        List<Component> blocks = new ArrayList<>();
        List<String> paragraph = new ArrayList<>();
        UnorderedList list = null;
        for (String line : (text.strip() + "\n").split("\n")) {
            String trimmed = line.strip();
            if (trimmed.startsWith(ITEM)) {
                flush(paragraph, blocks);
                if (list == null) {
                    list = new UnorderedList();
                    list.addClassName("porth-list");
                    blocks.add(list);
                }
                list.add(new ListItem(trimmed.substring(ITEM.length()).strip()));
            } else if (trimmed.isEmpty()) {
                flush(paragraph, blocks);
                list = null;
            } else {
                list = null;
                paragraph.add(trimmed);
            }
        }
        flush(paragraph, blocks);
        return blocks;
    }

    private static void flush(List<String> lines, List<Component> blocks) {
        if (!lines.isEmpty()) {
            blocks.add(new Paragraph(String.join(" ", lines)));
            lines.clear();
        }
    }
}
