package org.porth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

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
 * It works on the text, not a parse tree: a literal counts when it is written inside the brackets
 * of a UI constructor or method (directly, or in a concatenation or condition there, but not inside
 * another call such as {@code getTranslation}). Comments, character literals and text blocks
 * ({@code """...""", e.g. JavaScript}) are skipped. Keys built at run time ({@code "role." + role})
 * and text that reaches the UI through a variable are out of its reach.
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

    private final String name;
    private final String source;
    /** The source with comments, text blocks and the insides of string and char literals blanked out. */
    private final char[] code;
    private final List<Literal> literals = new ArrayList<>();

    private record Literal(int start, int end, String text) {
    }

    /** The call (or annotation) a literal is written in, and where in it. */
    private record Call(String name, String qualifier, boolean constructor, boolean annotation,
            int argumentIndex, String firstArgument, String element, boolean wholeArgument) {
    }

    private UiTextScanner(String name, String source) {
        this.name = name;
        this.source = source;
        this.code = source.toCharArray();
        tokenize();
    }

    /** Human-readable literals written into UI calls; none unless the source imports Vaadin components. */
    static List<Finding> literalUiText(String name, String source) {
        if (!source.contains("import com.vaadin.flow.component.")) {
            return List.of();
        }
        UiTextScanner scanner = new UiTextScanner(name, source);
        List<Finding> findings = new ArrayList<>();
        for (Literal literal : scanner.literals) {
            scanner.callAround(literal)
                    .filter(call -> looksLikeText(literal.text()) && isUiText(call, scanner.firstLiteralArgument(literal)))
                    .ifPresent(call -> findings.add(scanner.finding(literal, call)));
        }
        return findings;
    }

    /** Translation keys named as constants in getTranslation, @PageTitle and @Menu(title). */
    static List<Finding> translationKeys(String name, String source) {
        UiTextScanner scanner = new UiTextScanner(name, source);
        List<Finding> keys = new ArrayList<>();
        for (Literal literal : scanner.literals) {
            scanner.callAround(literal).filter(call -> call.wholeArgument() && isKey(call))
                    .ifPresent(call -> keys.add(scanner.finding(literal, call)));
        }
        return keys;
    }

    static boolean looksLikeText(String literal) {
        return TWO_WORDS.matcher(literal).find() || CAPITALISED_WORD.matcher(literal).find();
    }

    private static boolean isUiText(Call call, String firstLiteral) {
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
            return call.argumentIndex() > 0 && firstLiteral != null && TEXT_ATTRIBUTES.contains(firstLiteral);
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
        if (!call.name().equals("getTranslation") || call.constructor()) {
            return false;
        }
        // getTranslation(key, params...) or getTranslation(locale, key, params...)
        return call.argumentIndex() == 0
                || (call.argumentIndex() == 1 && LOCALE_ARGUMENT.matcher(call.firstArgument()).matches());
    }

    private Finding finding(Literal literal, Call call) {
        String callName = (call.annotation() ? "@" : call.constructor() ? "new " : "")
                + (call.qualifier() == null ? "" : call.qualifier() + ".") + call.name();
        return new Finding(name, lineOf(literal.start()), literal.text(), callName);
    }

    private int lineOf(int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }

    // --- reading the source ---

    private void tokenize() {
        int i = 0;
        while (i < code.length) {
            if (startsWith(i, "//")) {
                i = blank(i, indexOrEnd(source.indexOf('\n', i)));
            } else if (startsWith(i, "/*")) {
                int end = source.indexOf("*/", i + 2);
                i = blank(i, end < 0 ? code.length : end + 2);
            } else if (startsWith(i, "\"\"\"")) {
                i = blank(i, endOfQuoted(i + 3, "\"\"\""));
            } else if (code[i] == '"') {
                int end = endOfQuoted(i + 1, "\"");
                literals.add(new Literal(i, end, source.substring(i + 1, Math.max(i + 1, end - 1))));
                blank(i + 1, end - 1);
                i = end;
            } else if (code[i] == '\'') {
                int end = endOfQuoted(i + 1, "'");
                blank(i + 1, end - 1);
                i = end;
            } else {
                i++;
            }
        }
    }

    /** The position just past the closing delimiter, skipping escaped characters. */
    private int endOfQuoted(int from, String delimiter) {
        int i = from;
        while (i < code.length) {
            if (code[i] == '\\') {
                i += 2;
            } else if (startsWith(i, delimiter)) {
                return i + delimiter.length();
            } else {
                i++;
            }
        }
        return code.length;
    }

    private int blank(int from, int to) {
        for (int i = from; i < to && i < code.length; i++) {
            if (code[i] != '\n') {
                code[i] = ' ';
            }
        }
        return Math.max(to, from + 1);
    }

    private boolean startsWith(int position, String text) {
        return source.startsWith(text, position);
    }

    private int indexOrEnd(int index) {
        return index < 0 ? code.length : index;
    }

    /** The innermost call or annotation whose brackets hold the literal, if any. */
    private Optional<Call> callAround(Literal literal) {
        int open = openingBracket(literal.start());
        if (open < 0) {
            return Optional.empty();
        }
        int end = skipTypeArguments(previousNonSpace(open - 1));
        int nameStart = end;
        while (nameStart >= 0 && Character.isJavaIdentifierPart(code[nameStart])) {
            nameStart--;
        }
        if (nameStart == end) {
            return Optional.empty(); // a bracket in an expression, not a call
        }
        String callName = new String(code, nameStart + 1, end - nameStart);
        String qualifier = null;
        int before = previousNonSpace(nameStart);
        if (before >= 0 && code[before] == '.') {
            int qualifierEnd = previousNonSpace(before - 1);
            int qualifierStart = qualifierEnd;
            while (qualifierStart >= 0 && Character.isJavaIdentifierPart(code[qualifierStart])) {
                qualifierStart--;
            }
            if (qualifierStart < qualifierEnd) {
                qualifier = new String(code, qualifierStart + 1, qualifierEnd - qualifierStart);
                before = previousNonSpace(qualifierStart);
            }
        }
        boolean annotation = before >= 0 && code[before] == '@';
        boolean constructor = before >= 2 && source.startsWith("new", before - 2)
                && (before < 3 || !Character.isJavaIdentifierPart(code[before - 3]));
        List<Integer> commas = topLevelCommas(open, literal.start());
        int argumentStart = commas.isEmpty() ? open + 1 : commas.getLast() + 1;
        int firstArgumentEnd = commas.isEmpty() ? closingBracket(open) : commas.getFirst();
        String firstArgument = source.substring(open + 1, Math.max(open + 1, firstArgumentEnd)).strip();
        String element = elementName(argumentStart, literal.start());
        boolean startsArgument = new String(code, argumentStart, literal.start() - argumentStart).strip()
                .matches("([A-Za-z_$][\\w$]*\\s*=)?");
        int after = nextNonSpace(literal.end());
        boolean endsArgument = after < code.length && (code[after] == ',' || code[after] == ')');
        return Optional.of(new Call(callName, qualifier, constructor, annotation, commas.size(),
                firstArgument, element, startsArgument && endsArgument));
    }

    /** For {@code name = "..."} in an annotation: the element name. */
    private String elementName(int argumentStart, int literalStart) {
        String argument = new String(code, argumentStart, literalStart - argumentStart).strip();
        return argument.endsWith("=") ? argument.substring(0, argument.length() - 1).strip() : null;
    }

    /** The literal text of a call's first argument when that argument is a lone literal. */
    private String firstLiteralArgument(Literal literal) {
        int open = openingBracket(literal.start());
        if (open < 0) {
            return null;
        }
        int first = nextNonSpace(open + 1);
        return literals.stream().filter(candidate -> candidate.start() == first).findFirst()
                .filter(candidate -> {
                    int after = nextNonSpace(candidate.end());
                    return after < code.length && code[after] == ',';
                })
                .map(Literal::text).orElse(null);
    }

    /** The unmatched '(' before a position, or -1 when a statement or block boundary comes first. */
    private int openingBracket(int position) {
        int depth = 0;
        for (int i = position - 1; i >= 0; i--) {
            char c = code[i];
            if (c == ')') {
                depth++;
            } else if (c == '(') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            } else if (depth == 0 && (c == ';' || c == '{' || c == '}')) {
                return -1;
            }
        }
        return -1;
    }

    private int closingBracket(int open) {
        int depth = 0;
        for (int i = open; i < code.length; i++) {
            if (code[i] == '(') {
                depth++;
            } else if (code[i] == ')' && --depth == 0) {
                return i;
            }
        }
        return code.length;
    }

    private List<Integer> topLevelCommas(int open, int until) {
        List<Integer> commas = new ArrayList<>();
        int depth = 0;
        for (int i = open + 1; i < until; i++) {
            char c = code[i];
            if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth = Math.max(0, depth - 1);
            } else if (c == ',' && depth == 0) {
                commas.add(i);
            }
        }
        return commas;
    }

    /** Steps back over {@code <...>} in {@code new RadioButtonGroup<>(...)} or {@code new Foo<Bar>(...)}. */
    private int skipTypeArguments(int position) {
        if (position < 0 || code[position] != '>') {
            return position;
        }
        int depth = 0;
        for (int i = position; i >= 0; i--) {
            if (code[i] == '>') {
                depth++;
            } else if (code[i] == '<' && --depth == 0) {
                return previousNonSpace(i - 1);
            }
        }
        return position;
    }

    private int previousNonSpace(int position) {
        int i = position;
        while (i >= 0 && Character.isWhitespace(code[i])) {
            i--;
        }
        return i;
    }

    private int nextNonSpace(int position) {
        int i = position;
        while (i < code.length && Character.isWhitespace(code[i])) {
            i++;
        }
        return i;
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
