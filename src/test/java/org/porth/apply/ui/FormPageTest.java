package org.porth.apply.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.shared.HasValidationProperties;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import org.porth.apply.Applications;
import org.porth.browserless.PortalViewTest;
import org.porth.forms.Answers;
import org.porth.shell.ErrorSummary;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Form pages as a resident meets them: a real draft of a seeded service, its page opened by its
 * address, answers typed into the inputs, Continue pressed; and what the page then shows.
 */
abstract class FormPageTest extends PortalViewTest {

    @Autowired
    protected Applications applications;

    /** A new draft of the service, started as the signed-in resident does with "Start now". */
    protected String startDraft(String serviceId) {
        return applications.start(serviceId).draftId();
    }

    protected QuestionPageView openPage(String draftId, String pageId) {
        return navigate("apply/draft/" + draftId + "/" + pageId, QuestionPageView.class);
    }

    /** The answers the draft holds on the server, as the next visit would see them. */
    protected Answers saved(String draftId) {
        return applications.open(draftId).answers();
    }

    protected void pressContinue() {
        click("continue");
    }

    /** Presses the button with that id, or else with that text. */
    protected void click(String idOrText) {
        NativeButton button = find(NativeButton.class).withId(idOrText).exists()
                ? find(NativeButton.class).withId(idOrText).single()
                : find(NativeButton.class).withText(idOrText).single();
        test(button).click();
    }

    /** The messages in "There is a problem" at the top of the page, in order. */
    protected List<String> errorSummary() {
        // queries find only what is visible: a page without errors has no summary to find
        if (!find(ErrorSummary.class).exists()) {
            return List.of();
        }
        return find(Anchor.class).from(find(ErrorSummary.class).single()).all().stream().map(Anchor::getText).toList();
    }

    /** Where each error-summary link moves focus to. */
    protected List<String> errorSummaryTargets() {
        return find(Anchor.class).from(find(ErrorSummary.class).single()).all().stream()
                .map(Anchor::getHref).toList();
    }

    protected static String title() {
        return UI.getCurrent().getInternals().getTitle();
    }

    /** The message a field shows by itself (a Vaadin field's error message), when it is marked invalid. */
    protected static Optional<String> fieldError(Component field) {
        HasValidationProperties validated = (HasValidationProperties) field;
        return validated.isInvalid() ? Optional.ofNullable(validated.getErrorMessage()) : Optional.empty();
    }

    /** The visible "porth-error-message" paragraphs inside a component: the messages by a group of inputs. */
    protected List<String> errorMessagesIn(Component group) {
        return find(Paragraph.class).from(group).withClassName("porth-error-message").all().stream()
                .filter(Component::isVisible).map(Paragraph::getText).toList();
    }

    /** An element of the page by its id, such as a native {@code <select>}. */
    protected static Element elementById(String id) {
        // the UI holds the page as a virtual child: search from its child components
        return UI.getCurrent().getChildren().map(page -> elementById(page.getElement(), id)).flatMap(Optional::stream)
                .findFirst().orElseThrow(() -> new AssertionError("No element #" + id));
    }

    private static Optional<Element> elementById(Element root, String id) {
        if (id.equals(root.getAttribute("id"))) {
            return Optional.of(root);
        }
        return root.getChildren().map(child -> elementById(child, id)).flatMap(Optional::stream).findFirst();
    }

    /** The resident picks an option of a native select, as the browser reports it. */
    protected static void choose(String selectId, String value) {
        Element select = elementById(selectId);
        select.setProperty("value", value);
        var data = JsonNodeFactory.instance.objectNode().put("element.value", value);
        select.getNode().getFeature(ElementListenerMap.class).fireEvent(new DomEvent(select, "change", data));
    }

    /** The values of the options a native select offers, the empty prompt left out. */
    protected static List<String> optionValues(String selectId) {
        return elementById(selectId).getChildren().map(option -> option.getAttribute("value"))
                .filter(value -> !value.isEmpty()).toList();
    }
}
