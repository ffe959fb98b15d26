package org.porth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.porth.JavaSourceText.Call;
import org.porth.JavaSourceText.Literal;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Reads Java source for two mistakes that leave a page half in one language:
 * <ul>
 * <li>human-readable text written straight into a view, e.g. {@code new H1("Hello world")} or
 * {@code button.setText("Save")}, where it cannot be translated (only in files that import
 * {@code com.vaadin.flow.component});</li>
 * <li>the translation keys the code names, in {@code getTranslation("key")}, {@code @PageTitle("key")}
 * and {@code @Menu(title = "key")}, so that a test can check each one exists.</li>
 * </ul>
 * A literal counts when it is written inside the brackets of a UI constructor or method (alone, or
 * in a concatenation or condition there, but not inside another call such as {@code getTranslation}).
 * Comments, character literals and text blocks ({@code """..."""}, e.g. JavaScript) are skipped.
 * Keys built at run time ({@code "role." + role}) and text that reaches the UI through a variable
 * are out of its reach.
 */
final class UiTextScanner {

    /** Where a literal was found: the source it came from, its line, its text and the call it went to. */
    record Finding(String source, int line, String text, String call) {
        @Override
        public String toString() {
            return source + ":" + line + " \"" + text + "\" in " + call;
        }
    }

    /** Component constructors that take text, besides every class in com.vaadin.flow.component.html. */
    private static final Set<String> TEXT_COMPONENTS = Set.of("Button", "NativeButton", "Anchor", "RouterLink",
            "Text", "Span", "Paragraph", "H1", "H2", "H3", "H4", "H5", "H6", "ListItem", "Checkbox",
            "CheckboxGroup", "RadioButtonGroup", "TextField", "TextArea", "EmailField", "PasswordField",
            "NumberField", "IntegerField", "BigDecimalField", "DatePicker", "TimePicker", "DateTimePicker",
            "ComboBox", "MultiSelectComboBox", "Select", "Details", "Tab", "ConfirmDialog", "Notification",
            "SideNavItem", "MenuItem");

    /** Methods whose string arguments are shown to (or read out to) the person using the page. */
    private static final Set<String> TEXT_METHODS = Set.of("setText", "setLabel", "setHelperText",
            "setPlaceholder", "setTitle", "setAriaLabel", "setErrorMessage", "setTooltipText", "setHeaderTitle",
            "setSummaryText", "setHeader", "setConfirmText", "setCancelText", "setRejectText", "setAlt",
            "addItem", "add");

    /** Element attributes that hold text for people, set with {@code getElement().setAttribute(name, text)}. */
    private static final Set<String> TEXT_ATTRIBUTES = Set.of("aria-label", "aria-description",
            "aria-roledescription", "aria-valuetext", "title", "alt", "placeholder");

    private static final Set<String> HTML_COMPONENTS = htmlComponents();

    /** Two words, or a capitalised word: "Sign in", "Save". Not "porth-header", "start.title", "/help". */
    private static final Pattern TWO_WORDS = Pattern.compile("\\p{L}\\s+\\p{L}");
    private static final Pattern CAPITALISED_WORD = Pattern.compile("^\\s*\\p{Lu}\\p{Ll}");
    private static final Pattern LOCALE_ARGUMENT = Pattern.compile("(?i).*locale.*");
    private static final Pattern LONE_LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");

    private UiTextScanner() {
    }

    /** Human-readable literals written into UI calls; none unless the source imports Vaadin components. */
    static List<Finding> literalUiText(String name, String source) {
        if (!source.contains("import com.vaadin.flow.component.")) {
            return List.of();
        }
        JavaSourceText text = new JavaSourceText(source);
        return text.literals().stream()
                .filter(literal -> looksLikeText(literal.text()))
                .flatMap(literal -> text.callAround(literal).filter(UiTextScanner::isUiText).stream()
                        .map(call -> finding(name, text, literal, call)))
                .toList();
    }

    /** Translation keys named as constants in getTranslation, @PageTitle and @Menu(title). */
    static List<Finding> translationKeys(String name, String source) {
        JavaSourceText text = new JavaSourceText(source);
        return text.literals().stream()
                .flatMap(literal -> text.callAround(literal).filter(call -> call.wholeArgument() && isKey(call)).stream()
                        .map(call -> finding(name, text, literal, call)))
                .toList();
    }

    static boolean looksLikeText(String literal) {
        return TWO_WORDS.matcher(literal).find() || CAPITALISED_WORD.matcher(literal).find();
    }

    private static boolean isUiText(Call call) {
        if (call.annotation()) {
            return false;
        }
        if (call.constructor()) {
            return isTextComponent(call.name()) || (call.qualifier() != null && isTextComponent(call.qualifier()));
        }
        if (call.name().equals("show")) {
            return "Notification".equals(call.qualifier());
        }
        if (call.name().equals("setAttribute")) {
            Matcher attribute = LONE_LITERAL.matcher(call.firstArgument());
            return call.argumentIndex() > 0 && attribute.matches() && TEXT_ATTRIBUTES.contains(attribute.group(1));
        }
        return TEXT_METHODS.contains(call.name());
    }

    private static boolean isTextComponent(String simpleName) {
        return TEXT_COMPONENTS.contains(simpleName) || HTML_COMPONENTS.contains(simpleName);
    }

    private static boolean isKey(Call call) {
        if (call.annotation()) {
            return (call.name().equals("PageTitle") && (call.element() == null || call.element().equals("value")))
                    || (call.name().equals("Menu") && "title".equals(call.element()));
        }
        // getTranslation(key, params...) or getTranslation(locale, key, params...)
        return call.name().equals("getTranslation") && !call.constructor() && (call.argumentIndex() == 0
                || (call.argumentIndex() == 1 && LOCALE_ARGUMENT.matcher(call.firstArgument()).matches()));
    }

    private static Finding finding(String name, JavaSourceText text, Literal literal, Call call) {
        String callName = (call.annotation() ? "@" : call.constructor() ? "new " : "")
                + (call.qualifier() == null ? "" : call.qualifier() + ".") + call.name();
        return new Finding(name, text.lineOf(literal), literal.text(), callName);
    }

    /** Simple names of every class in com.vaadin.flow.component.html, nested ones included (Term). */
    private static Set<String> htmlComponents() {
        try {
            Set<String> names = new TreeSet<>();
            for (Resource resource : new PathMatchingResourcePatternResolver()
                    .getResources("classpath*:com/vaadin/flow/component/html/*.class")) {
                String file = resource.getFilename();
                if (file != null) {
                    String className = file.substring(0, file.length() - ".class".length());
                    names.add(className.substring(className.lastIndexOf('$') + 1));
                }
            }
            if (!names.contains("H1")) {
                throw new IllegalStateException("Vaadin's html components are not on the classpath");
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
