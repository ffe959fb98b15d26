package org.porth.catalogue.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.porth.catalogue.Condition;
import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits;
import org.porth.catalogue.Validation;
import org.yaml.snakeyaml.nodes.Node;

/** Reads one question and checks it fits together: options, rules, prefill, messages and name. */
final class QuestionReader {

    private static final Set<String> KEYS = Set.of("id", "type", "label", "hint", "name", "required", "validation",
            "options", "show-if", "prefill", "errors", "upload");
    private static final Set<QuestionType> CHOICES = EnumSet.of(QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE);
    /** Resident profile fields a question can be prefilled from, and the question type each fits. */
    private static final Map<String, QuestionType> PREFILLS = new LinkedHashMap<>(Map.of(
            "name", QuestionType.SHORT_TEXT, "email", QuestionType.EMAIL, "phone", QuestionType.UK_PHONE,
            "address", QuestionType.ADDRESS, "date-of-birth", QuestionType.DATE));

    private QuestionReader() {
    }

    static Optional<Question> read(YamlFile file, Node node, FormSoFar form) {
        String owner = Peek.id(node).map(id -> "question '" + id + "'").orElse("a question");
        return YamlMap.of(file, node, owner, KEYS).flatMap(question -> read(question, form));
    }

    private static Optional<Question> read(YamlMap question, FormSoFar form) {
        Optional<String> id = form.questionId(question);
        String name = id.orElse("?");
        Optional<QuestionType> type = question.require("type")
                ? question.choice("type", YamlNames.QUESTION_TYPES, "question type") : Optional.empty();
        Optional<Text> label = question.requiredText("label");
        Text hint = question.text("hint").orElse(null);
        Text answerName = question.text("name").orElse(null);
        boolean required = question.flag("required");
        List<Option> options = type.map(t -> options(question, name, t)).orElse(List.of());
        Validation rules = RulesReader.read(question, name, type.orElse(null), options.size());
        Condition showIf = ConditionReader.read(question, "show-if", "the show-if of " + question.owner(),
                form.questions()).orElse(null);
        String prefill = type.flatMap(t -> prefill(question, t)).orElse(null);
        Map<String, Text> errors = errors(question, name);
        UploadLimits upload = type.filter(t -> t == QuestionType.FILE_UPLOAD).isPresent()
                ? UploadReader.read(question, name) : null;
        if (type.isPresent() && upload == null && question.has("upload")) {
            question.problem("upload", question.owner() + " is not a file upload, so it cannot have 'upload'");
        }
        if (id.isEmpty() || type.isEmpty() || label.isEmpty()) {
            return Optional.empty();
        }
        checkMessages(question, type.get(), required, rules, answerName, errors);
        Question read = new Question(id.get(), type.get(), label.get(), hint, answerName, required, rules, options,
                showIf, prefill, errors, upload);
        form.add(read);
        return Optional.of(read);
    }

    private static List<Option> options(YamlMap question, String id, QuestionType type) {
        if (!CHOICES.contains(type)) {
            if (question.has("options")) {
                question.problem("options", question.owner() + " is " + type.yamlName()
                        + ", so it cannot have options (only single-choice and multiple-choice can)");
            }
            return List.of();
        }
        List<Node> items = question.list("options").orElse(List.of());
        if (items.isEmpty()) {
            question.problem(question.owner() + " is " + type.yamlName() + " but has no options");
        }
        List<Option> options = new ArrayList<>();
        Set<String> values = new HashSet<>();
        for (Node item : items) {
            String owner = Peek.string(item, "value").map(v -> "option '" + v + "' of question '" + id + "'")
                    .orElse("an option of question '" + id + "'");
            YamlMap.of(question.file(), item, owner, Set.of("value", "label", "hint")).ifPresent(option -> {
                Optional<String> value = FormSoFar.id(option, "value", "option value");
                Optional<Text> label = option.requiredText("label");
                if (value.isPresent() && !values.add(value.get())) {
                    option.problem("value", "option '" + value.get() + "' appears twice in question '" + id + "'");
                } else if (value.isPresent() && label.isPresent()) {
                    options.add(new Option(value.get(), label.get(), option.text("hint").orElse(null)));
                }
            });
        }
        return options;
    }

    private static Optional<String> prefill(YamlMap question, QuestionType type) {
        return question.choice("prefill", PREFILLS, "prefill").flatMap(field -> {
            String profileField = question.string("prefill").orElseThrow();
            if (field != type) {
                question.problem("prefill", question.owner() + " is " + type.yamlName() + ", so it cannot be prefilled"
                        + " from '" + profileField + "' (only " + field.yamlName() + " questions can)");
                return Optional.empty();
            }
            return Optional.of(profileField);
        });
    }

    private static Map<String, Text> errors(YamlMap question, String id) {
        Map<String, Text> errors = new LinkedHashMap<>();
        question.map("errors", "the errors of question '" + id + "'", ErrorKinds.ALL).ifPresent(messages ->
                ErrorKinds.ALL.stream().filter(messages::has).sorted()
                        .forEach(kind -> messages.text(kind).ifPresent(text -> errors.put(kind, text))));
        return errors;
    }

    /** Every message the question can give must be sayable: overridden, or built from its name. */
    private static void checkMessages(YamlMap question, QuestionType type, boolean required, Validation rules,
            Text name, Map<String, Text> errors) {
        Set<String> possible = ErrorKinds.of(type, required, rules);
        errors.keySet().stream().filter(kind -> !possible.contains(kind)).forEach(kind -> question.problem("errors",
                question.owner() + " never gives a '" + kind + "' error, so 'errors' cannot override it"
                        + (possible.isEmpty() ? "" : " (it can give: " + String.join(", ", possible) + ")")));
        if (rules.pattern() != null && !errors.containsKey(ErrorKinds.PATTERN)) {
            question.problem(question.owner() + " has a 'pattern' rule but no 'pattern' message in 'errors'");
        }
        List<String> needName = possible.stream()
                .filter(ErrorKinds::namesTheAnswer).filter(kind -> !errors.containsKey(kind)).toList();
        if (name == null && !needName.isEmpty()) {
            question.problem(question.owner() + " has no 'name' for its error messages, such as \"Enter {name}\""
                    + " (or give its messages in 'errors': " + String.join(", ", needName) + ")");
        }
    }
}
