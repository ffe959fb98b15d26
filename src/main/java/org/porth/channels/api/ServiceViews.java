package org.porth.channels.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.porth.catalogue.Condition;
import org.porth.catalogue.Page;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.ServiceKind;
import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits;
import org.porth.catalogue.Validation;

/** The catalogue as the API shows it: services, and one service's questions as data. */
final class ServiceViews {

    /** The fields an answer of each type is sent in; {@code value} for every other type. */
    private static final Map<QuestionType, List<String>> FIELDS = Map.of(
            QuestionType.DATE, List.of("day", "month", "year"),
            QuestionType.ADDRESS, List.of("uprn", "line1", "line2", "town", "postcode"),
            QuestionType.LOCATION, List.of("usrn", "street", "description", "latitude", "longitude"),
            QuestionType.FILE_UPLOAD, List.of("file"),
            QuestionType.MULTIPLE_CHOICE, List.of("value"));

    private ServiceViews() {
    }

    /**
     * @param anonymous whether a client acting for nobody may send it, with contact details
     */
    record ServiceSummary(String code, Text name, Text summary, List<String> topics, boolean bookable,
            boolean anonymous) {
    }

    record ServiceForm(String code, int version, Text name, Text summary, List<String> topics, boolean bookable,
            boolean anonymous, Text declaration, List<PageView> pages) {
    }

    /** @param showIf asked only when this holds; null when always */
    record PageView(String id, Text title, ConditionView showIf, List<QuestionView> questions) {
    }

    /**
     * @param fields the fields its answer is sent in, e.g. {@code day}, {@code month}, {@code year}
     * @param showIf asked only when this holds; null when always
     */
    record QuestionView(String id, String type, Text label, Text hint, boolean required, List<String> fields,
            List<ChoiceView> choices, ConditionView showIf, Limits limits) {
    }

    record ChoiceView(String value, Text label) {
    }

    /** @param operator {@code ANY_OF}, {@code NONE_OF} or {@code ANSWERED} */
    record ConditionView(String question, String operator, List<String> values) {
    }

    /** The limits an answer is checked against; null members set none. */
    record Limits(Integer minLength, Integer maxLength, String pattern, BigDecimal min, BigDecimal max, String notBefore,
            String notAfter, Integer minChoices, Integer maxChoices, Integer maxFiles, Long maxFileBytes,
            List<String> fileTypes) {
    }

    static boolean anonymous(ServiceDefinition service) {
        return service.kind() == ServiceKind.REPORT;
    }

    static ServiceSummary summary(ServiceDefinition service) {
        return new ServiceSummary(service.id(), service.name(), service.summary(), List.copyOf(service.topics()),
                service.bookingQuestion().isPresent(), anonymous(service));
    }

    static ServiceForm form(ServiceDefinition service) {
        return new ServiceForm(service.id(), service.version(), service.name(), service.summary(),
                List.copyOf(service.topics()), service.bookingQuestion().isPresent(), anonymous(service),
                service.declaration(), service.pages().stream().map(ServiceViews::page).toList());
    }

    private static PageView page(Page page) {
        return new PageView(page.id(), page.title(), condition(page.showIf()),
                page.questions().stream().map(ServiceViews::question).toList());
    }

    private static QuestionView question(Question question) {
        return new QuestionView(question.id(), question.type().yamlName(), question.label(), question.hint(),
                question.required(), FIELDS.getOrDefault(question.type(), List.of("value")),
                question.options().stream().map(option -> new ChoiceView(option.value(), option.label())).toList(),
                condition(question.showIf()), limits(question));
    }

    private static ConditionView condition(Condition condition) {
        return condition == null ? null
                : new ConditionView(condition.question(), condition.operator().name(), condition.values());
    }

    private static Limits limits(Question question) {
        Validation v = question.validation();
        UploadLimits upload = question.type() != QuestionType.FILE_UPLOAD ? null
                : question.upload() != null ? question.upload() : UploadLimits.DEFAULT;
        return new Limits(v.minLength(), v.maxLength(), v.pattern(), v.min(), v.max(), v.notBefore(), v.notAfter(),
                v.minChoices(), v.maxChoices(), upload == null ? null : upload.maxFiles(),
                upload == null ? null : upload.maxBytesPerFile(),
                upload == null ? null : upload.types().stream().map(type -> type.mediaType()).sorted().toList());
    }
}
