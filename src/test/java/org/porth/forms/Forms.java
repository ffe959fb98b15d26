package org.porth.forms;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.porth.catalogue.Channel;
import org.porth.catalogue.Condition;
import org.porth.catalogue.EligibilityExit;
import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Option;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.ServiceKind;
import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits;
import org.porth.catalogue.Validation;

/** Service definitions, answers and a validation context for form engine tests, built in Java. */
public final class Forms {

    public static final ZoneId UK = ZoneId.of("Europe/London");
    /** Midday on Saturday 15 June 2024 in the UK. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2024-06-15T11:00:00Z"), UK);
    public static final String DRAFT = "draft-1";

    private Forms() {
    }

    public static Text text(String en, String cy) {
        return new Text(en, cy);
    }

    public static QuestionBuilder question(String id, QuestionType type) {
        return new QuestionBuilder(id, type);
    }

    public static Page page(String id, Question... questions) {
        return new Page(id, null, null, List.of(questions), List.of());
    }

    public static Page page(String id, Condition showIf, Question... questions) {
        return new Page(id, null, showIf, List.of(questions), List.of());
    }

    public static Page pageWithExit(String id, EligibilityExit exit, Question... questions) {
        return new Page(id, null, null, List.of(questions), List.of(exit));
    }

    public static Condition anyOf(String question, String... values) {
        return new Condition(question, Condition.Operator.ANY_OF, List.of(values));
    }

    public static Condition noneOf(String question, String... values) {
        return new Condition(question, Condition.Operator.NONE_OF, List.of(values));
    }

    public static Condition answered(String question) {
        return new Condition(question, Condition.Operator.ANSWERED, List.of());
    }

    public static ServiceDefinition service(int version, Page... pages) {
        return new ServiceDefinition("test-service", version, text("Test service", "Gwasanaeth prawf"),
                text("Summary", "Crynodeb"), "testing", Set.of("tests"), Map.of(), ServiceKind.APPLICATION,
                Set.of(Channel.WEB), null, null, null, List.of(pages), null, null, null);
    }

    public static Answer answer(String value) {
        return Answer.of(value);
    }

    /** An answer of named fields: {@code fields("day", "1", "month", "2")}. */
    public static Answer fields(String... namesAndValues) {
        Map<String, List<String>> fields = new HashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            fields.computeIfAbsent(namesAndValues[i], name -> new ArrayList<>()).add(namesAndValues[i + 1]);
        }
        return new Answer(fields);
    }

    public static Answers answers(Object... idsAndAnswers) {
        Map<String, Answer> answers = new HashMap<>();
        for (int i = 0; i < idsAndAnswers.length; i += 2) {
            Object answer = idsAndAnswers[i + 1];
            answers.put((String) idsAndAnswers[i], answer instanceof Answer given ? given : Answer.of((String) answer));
        }
        return new Answers(answers);
    }

    public static ValidationContext context() {
        return context(CLOCK);
    }

    public static ValidationContext context(Clock clock) {
        return new ValidationContext(clock, DRAFT, new FakeGazetteer(), FakeStoredFiles.withSomeFiles());
    }

    public static AnswerCheck check(Question question, Answer answer) {
        return new AnswerValidator().check(question, answer, context());
    }

    public static List<String> english(AnswerCheck check) {
        return check.errors().stream().map(error -> error.message().en()).toList();
    }

    public static List<String> welsh(AnswerCheck check) {
        return check.errors().stream().map(error -> error.message().cy()).toList();
    }

    /** The value stored for a valid answer. */
    public static String stored(AnswerCheck check) {
        return check.answer().orElseThrow(() -> new AssertionError("not valid: " + english(check))).value().orElseThrow();
    }

    public static Option option(String value, String en, String cy) {
        return new Option(value, text(en, cy), null);
    }

    /** A question with a name in both languages, required unless told otherwise. */
    public static final class QuestionBuilder {
        private final String id;
        private final QuestionType type;
        private Text label;
        private Text name = text("the thing", "y peth");
        private boolean required = true;
        private Integer minLength;
        private Integer maxLength;
        private String pattern;
        private BigDecimal min;
        private BigDecimal max;
        private String notBefore;
        private String notAfter;
        private Integer minChoices;
        private Integer maxChoices;
        private List<Option> options = List.of();
        private Condition showIf;
        private final Map<String, Text> errors = new HashMap<>();
        private UploadLimits upload;

        private QuestionBuilder(String id, QuestionType type) {
            this.id = id;
            this.type = type;
            this.label = text("Question " + id, "Cwestiwn " + id);
        }

        public QuestionBuilder label(String en, String cy) { label = text(en, cy); return this; }
        public QuestionBuilder name(String en, String cy) { name = text(en, cy); return this; }
        public QuestionBuilder noName() { name = null; return this; }
        public QuestionBuilder optional() { required = false; return this; }
        public QuestionBuilder minLength(int value) { minLength = value; return this; }
        public QuestionBuilder maxLength(int value) { maxLength = value; return this; }
        public QuestionBuilder pattern(String value) { pattern = value; return this; }
        public QuestionBuilder min(String value) { min = new BigDecimal(value); return this; }
        public QuestionBuilder max(String value) { max = new BigDecimal(value); return this; }
        public QuestionBuilder notBefore(String value) { notBefore = value; return this; }
        public QuestionBuilder notAfter(String value) { notAfter = value; return this; }
        public QuestionBuilder minChoices(int value) { minChoices = value; return this; }
        public QuestionBuilder maxChoices(int value) { maxChoices = value; return this; }
        public QuestionBuilder options(Option... values) { options = Arrays.asList(values); return this; }
        public QuestionBuilder showIf(Condition condition) { showIf = condition; return this; }
        public QuestionBuilder error(ErrorKind kind, String en, String cy) { errors.put(kind.yamlKey(), text(en, cy)); return this; }
        public QuestionBuilder upload(UploadLimits limits) { upload = limits; return this; }

        public Question build() {
            return new Question(id, type, label, null, name, required,
                    new Validation(minLength, maxLength, pattern, min, max, notBefore, notAfter, minChoices, maxChoices),
                    options, showIf, null, errors, upload);
        }
    }
}
