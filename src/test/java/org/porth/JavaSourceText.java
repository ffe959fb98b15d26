package org.porth;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Java source read just far enough to say which call a string literal is written in: comments,
 * character literals and text blocks are blanked out, and string literals listed with their place.
 * Not a parser: it counts brackets, which is all {@link UiTextScanner} needs.
 */
final class JavaSourceText {

    /** A string literal: where it starts (its opening quote) and ends (past its closing quote), and its text. */
    record Literal(int start, int end, String text) {
    }

    /**
     * The innermost call, constructor or annotation whose brackets hold a literal.
     *
     * @param qualifier       what is before the dot: {@code Notification} in {@code Notification.show(...)}
     * @param argumentIndex   which argument the literal is in, from 0
     * @param firstArgument   the source of the first argument
     * @param element         for an annotation's {@code name = "..."}, the name
     * @param wholeArgument   the literal is the whole argument, not part of an expression
     */
    record Call(String name, String qualifier, boolean constructor, boolean annotation, int argumentIndex,
            String firstArgument, String element, boolean wholeArgument) {
    }

    private final String source;
    /** The source with comments, text blocks and the insides of string and char literals blanked out. */
    private final char[] code;
    private final List<Literal> literals = new ArrayList<>();

    JavaSourceText(String source) {
        this.source = source;
        this.code = source.toCharArray();
        tokenize();
    }

    List<Literal> literals() {
        return literals;
    }

    int lineOf(Literal literal) {
        return (int) source.substring(0, literal.start()).chars().filter(c -> c == '\n').count() + 1;
    }

    Optional<Call> callAround(Literal literal) {
        int open = openingBracket(literal.start());
        if (open < 0) {
            return Optional.empty();
        }
        int nameEnd = skipTypeArguments(previousNonSpace(open - 1));
        int nameStart = identifierStart(nameEnd);
        if (nameStart > nameEnd) {
            return Optional.empty(); // a bracket in an expression, not a call
        }
        String qualifier = null;
        int before = previousNonSpace(nameStart - 1);
        if (before >= 0 && code[before] == '.') {
            int qualifierEnd = previousNonSpace(before - 1);
            int qualifierStart = identifierStart(qualifierEnd);
            if (qualifierStart <= qualifierEnd) {
                qualifier = source.substring(qualifierStart, qualifierEnd + 1);
                before = previousNonSpace(qualifierStart - 1);
            }
        }
        boolean constructor = before >= 2 && source.startsWith("new", before - 2)
                && (before == 2 || !Character.isJavaIdentifierPart(code[before - 3]));
        List<Integer> commas = topLevelCommas(open, literal.start());
        int argumentStart = commas.isEmpty() ? open + 1 : commas.getLast() + 1;
        int firstArgumentEnd = commas.isEmpty() ? closingBracket(open) : commas.getFirst();
        String prefix = new String(code, argumentStart, literal.start() - argumentStart).strip();
        String element = prefix.endsWith("=") ? prefix.substring(0, prefix.length() - 1).strip() : null;
        int after = nextNonSpace(literal.end());
        boolean wholeArgument = (prefix.isEmpty() || prefix.matches("[A-Za-z_$][\\w$]*\\s*="))
                && after < code.length && (code[after] == ',' || code[after] == ')');
        return Optional.of(new Call(source.substring(nameStart, nameEnd + 1), qualifier, constructor,
                before >= 0 && code[before] == '@', commas.size(),
                source.substring(open + 1, Math.max(open + 1, firstArgumentEnd)).strip(), element, wholeArgument));
    }

    private void tokenize() {
        int i = 0;
        while (i < code.length) {
            if (source.startsWith("//", i)) {
                int end = source.indexOf('\n', i);
                i = blank(i, end < 0 ? code.length : end);
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = blank(i, end < 0 ? code.length : end + 2);
            } else if (source.startsWith("\"\"\"", i)) {
                i = blank(i, endOfQuoted(i + 3, "\"\"\""));
            } else if (code[i] == '"' || code[i] == '\'') {
                int end = endOfQuoted(i + 1, String.valueOf(code[i]));
                if (code[i] == '"') {
                    literals.add(new Literal(i, end, source.substring(i + 1, Math.max(i + 1, end - 1))));
                }
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
        while (i < code.length && !source.startsWith(delimiter, i)) {
            i += code[i] == '\\' ? 2 : 1;
        }
        return Math.min(code.length, i + delimiter.length());
    }

    /** Blanks out a stretch, keeping line breaks; returns where the stretch ends. */
    private int blank(int from, int to) {
        for (int i = from; i < to && i < code.length; i++) {
            if (code[i] != '\n') {
                code[i] = ' ';
            }
        }
        return Math.max(to, from + 1);
    }

    /** The unmatched '(' before a position, or -1 when a statement or block boundary comes first. */
    private int openingBracket(int position) {
        int depth = 0;
        for (int i = position - 1; i >= 0; i--) {
            char c = code[i];
            if (c == ')') {
                depth++;
            } else if (c == '(' && depth-- == 0) {
                return i;
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

    /** Steps back over {@code <...>} in {@code new RadioButtonGroup<>(...)}. */
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

    /** Where the identifier ending at {@code end} starts; {@code end + 1} when there is none. */
    private int identifierStart(int end) {
        int i = end;
        while (i >= 0 && Character.isJavaIdentifierPart(code[i])) {
            i--;
        }
        return i + 1;
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
}
