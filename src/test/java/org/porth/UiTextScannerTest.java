package org.porth;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The checker behind {@link UiTextInCodeTest} (with {@link JavaSourceText}) catches literal UI text and reads keys correctly. */
class UiTextScannerTest {

    private static final String VAADIN_IMPORTS = """
            import com.vaadin.flow.component.html.H1;
            import com.vaadin.flow.component.button.Button;
            """;

    @Test
    void catchesTextInAHeadingConstructor() {
        assertThat(texts("add(new H1(\"Hello world\"));")).containsExactly("Hello world");
    }

    @Test
    void catchesACapitalisedWordInSetText() {
        assertThat(texts("button.setText(\"Save\");")).containsExactly("Save");
    }

    @Test
    void catchesALabel() {
        assertThat(texts("field.setLabel(\"Your name\");")).containsExactly("Your name");
    }

    @Test
    void passesTranslatedTextAndClassNames() {
        assertThat(texts("""
                H1 heading = new H1(getTranslation("start.title"));
                heading.addClassName("porth-header");
                """)).isEmpty();
    }

    @Test
    void catchesTextInConcatenationsConditionsNestedClassesNotificationsAndAriaLabels() {
        assertThat(texts("""
                add(new Span("Total: " + total));
                add(new Paragraph(done ? "All done" : getTranslation("not-done")));
                details.add(new DescriptionList.Term("Email address"));
                Notification.show("Saved");
                close.getElement().setAttribute("aria-label", "Close menu");
                """)).containsExactly("Total: ", "All done", "Email address", "Saved", "Close menu");
    }

    @Test
    void passesCodeThatIsNotText() {
        assertThat(texts("""
                add(new Span(getTranslation("error.server.reference") + " "), new Image(logo, ""));
                Anchor staff = new Anchor("/sign-in?as=staff", getTranslation("footer.staff-sign-in"));
                title.setId("idle-warning-title");
                getElement().setAttribute("aria-labelledby", "idle-warning-title");
                log.error("Unhandled error, reference {}", id);
                getElement().executeJs("const heading = this.querySelector('h1');");
                """)).isEmpty();
    }

    @Test
    void ignoresTextBlocksCommentsAndCharacters() {
        assertThat(texts("""
                private static final String SCRIPT = \"""
                        dialog.setText("Hello world");
                        \""";
                // button.setText("Save");
                /* new H1("Hello world") */
                char quote = '"';
                button.setText(getTranslation("save"));
                """)).isEmpty();
    }

    @Test
    void checksOnlySourcesThatUseVaadinComponents() {
        assertThat(UiTextScanner.literalUiText("Plain.java", "class Plain { void f() { setText(\"Hello world\"); } }"))
                .isEmpty();
    }

    @Test
    void reportsWhereTheTextIs() {
        List<UiTextScanner.Finding> findings = UiTextScanner.literalUiText("View.java",
                VAADIN_IMPORTS + "class View {\n  View() {\n    add(new H1(\"Hello world\"));\n  }\n}\n");

        assertThat(findings).singleElement().hasToString("View.java:5 \"Hello world\" in new H1");
    }

    @Test
    void readsKeysFromGetTranslationPageTitleAndMenu() {
        assertThat(keys("""
                @PageTitle("my-account.title")
                @Menu(order = 2, title = "nav.my-account")
                class View {
                    View() {
                        add(new H1(getTranslation("my-account.title")),
                                new Span(getTranslation("staff.home.welcome", name)),
                                new Span(getTranslation(option.locale(), "language.name")));
                    }
                }
                """)).containsExactly("my-account.title", "nav.my-account", "my-account.title",
                "staff.home.welcome", "language.name");
    }

    @Test
    void leavesKeysBuiltAtRunTimeAlone() {
        assertThat(keys("""
                add(new Span(getTranslation("role." + role.name())),
                        new H1(getTranslation(page + ".title")),
                        new Span(getTranslation(key, "a parameter")));
                """)).isEmpty();
    }

    private static List<String> texts(String code) {
        return UiTextScanner.literalUiText("Test.java", VAADIN_IMPORTS + "class Test {\n" + code + "\n}\n").stream()
                .map(UiTextScanner.Finding::text).toList();
    }

    private static List<String> keys(String code) {
        return UiTextScanner.translationKeys("Test.java", VAADIN_IMPORTS + code).stream()
                .map(UiTextScanner.Finding::text).toList();
    }
}
