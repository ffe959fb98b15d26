package org.porth.catalogue.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;

import org.porth.catalogue.QuestionType;
import org.porth.catalogue.Validation;

/**
 * Reads a question's {@code validation}: each rule only on the question types it fits (lengths and
 * patterns on text, ranges on numbers and money, dates on dates, choices on multiple choice), with
 * limits that make sense together and patterns that compile. A rule with a problem is still read,
 * so that the checks after it (messages for each rule) see it; a definition with a problem is
 * dropped anyway.
 */
final class RulesReader {

    private static final Set<QuestionType> TEXT = EnumSet.of(QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT);
    private static final Set<QuestionType> AMOUNTS = EnumSet.of(QuestionType.NUMBER, QuestionType.MONEY);
    private static final List<String> RULES = List.of("min-length", "max-length", "pattern", "min", "max",
            "not-before", "not-after", "min-choices", "max-choices");
    private static final Map<String, Set<QuestionType>> FITS = Map.of(
            "min-length", TEXT, "max-length", TEXT, "pattern", TEXT,
            "min", AMOUNTS, "max", AMOUNTS,
            "not-before", EnumSet.of(QuestionType.DATE), "not-after", EnumSet.of(QuestionType.DATE),
            "min-choices", EnumSet.of(QuestionType.MULTIPLE_CHOICE),
            "max-choices", EnumSet.of(QuestionType.MULTIPLE_CHOICE));
    /** {@code today}, or a time from today: {@code -18y}, {@code +6m}, {@code -30d}. */
    private static final Pattern RELATIVE_DATE = Pattern.compile("today|[+-]\\d{1,4}[dmy]");

    private RulesReader() {
    }

    /** @param optionCount how many options the question has, which caps the choices rules */
    static Validation read(YamlMap question, String id, QuestionType type, int optionCount) {
        return question.map("validation", "the validation of question '" + id + "'", Set.copyOf(RULES))
                .map(rules -> readRules(rules, id, type, optionCount))
                .orElse(Validation.NONE);
    }

    private static Validation readRules(YamlMap rules, String id, QuestionType type, int optionCount) {
        RULES.forEach(rule -> {
            Set<QuestionType> types = FITS.get(rule);
            if (rules.has(rule) && type != null && !types.contains(type)) {
                rules.problem(rule, "question '" + id + "' is " + type.yamlName() + ", so it cannot have the rule '"
                        + rule + "' (only " + types.stream().map(QuestionType::yamlName).sorted()
                        .collect(Collectors.joining(" and ")) + " can)");
            }
        });
        Integer minLength = atLeast(rules, "min-length", 1);
        Integer maxLength = atLeast(rules, "max-length", 1);
        inOrder(rules, "min-length", minLength, "max-length", maxLength);
        BigDecimal min = rules.decimal("min").orElse(null);
        BigDecimal max = rules.decimal("max").orElse(null);
        inOrder(rules, "min", min, "max", max);
        Integer minChoices = atLeast(rules, "min-choices", 1);
        Integer maxChoices = atLeast(rules, "max-choices", 1);
        inOrder(rules, "min-choices", minChoices, "max-choices", maxChoices);
        if (maxChoices != null && maxChoices > optionCount && type == QuestionType.MULTIPLE_CHOICE) {
            rules.problem("max-choices", rules.described("max-choices") + " (" + maxChoices + ") is more than the "
                    + optionCount + " options");
        }
        return new Validation(minLength, maxLength, pattern(rules), min, max,
                date(rules, "not-before"), date(rules, "not-after"), minChoices, maxChoices);
    }

    private static Integer atLeast(YamlMap rules, String rule, int least) {
        Integer value = rules.integer(rule).orElse(null);
        if (value != null && value < least) {
            rules.problem(rule, rules.described(rule) + " must be at least " + least);
        }
        return value;
    }

    private static <T extends Comparable<T>> void inOrder(YamlMap rules, String lowRule, T low, String highRule, T high) {
        if (low != null && high != null && low.compareTo(high) > 0) {
            rules.problem(lowRule, rules.described(lowRule) + " (" + low + ") is more than '" + highRule
                    + "' (" + high + ")");
        }
    }

    private static String pattern(YamlMap rules) {
        String pattern = rules.string("pattern").orElse(null);
        try {
            if (pattern != null) {
                Pattern.compile(pattern);
            }
        } catch (PatternSyntaxException e) {
            rules.problem("pattern", rules.described("pattern") + " is not a valid regular expression: "
                    + e.getDescription() + " near position " + e.getIndex());
        }
        return pattern;
    }

    private static String date(YamlMap rules, String rule) {
        String date = rules.string(rule).orElse(null);
        if (date != null && !RELATIVE_DATE.matcher(date).matches() && !isIsoDate(date)) {
            rules.problem(rule, rules.described(rule) + " must be a date such as 2020-01-31, 'today',"
                    + " or a time from today such as -18y, +6m or -30d");
        }
        return date;
    }

    private static boolean isIsoDate(String date) {
        try {
            LocalDate.parse(date);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
