package org.porth.catalogue.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.junit.jupiter.api.Test;

/** A council's text becomes paragraphs and bulleted lists, and never markup. */
class WrittenTextTest {

    @Test
    void blankLinesSeparateParagraphsAndDashesMakeAList() {
        List<Component> blocks = WrittenText.of("""
                You will need:
                - your address
                - the date

                It is free,
                and quick.
                """);

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(0)).isInstanceOfSatisfying(Paragraph.class,
                paragraph -> assertThat(paragraph.getText()).isEqualTo("You will need:"));
        assertThat(blocks.get(1)).isInstanceOfSatisfying(UnorderedList.class, list -> assertThat(
                list.getChildren().map(item -> item.getElement().getText())).containsExactly("your address", "the date"));
        assertThat(blocks.get(2)).isInstanceOfSatisfying(Paragraph.class,
                paragraph -> assertThat(paragraph.getText()).isEqualTo("It is free, and quick."));
    }

    @Test
    void markupIsShownAsText() {
        List<Component> blocks = WrittenText.of("<script>alert(1)</script>");

        assertThat(blocks).singleElement().satisfies(block -> {
            assertThat(block.getElement().getText()).isEqualTo("<script>alert(1)</script>");
            // one text node: no element was made from the tags
            assertThat(block.getElement().getChildCount()).isOne();
            assertThat(block.getElement().getChild(0).isTextNode()).isTrue();
        });
    }
}
