package org.porth.casework.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.HasLabel;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.casework.routing.RoutingAdministration;
import org.porth.casework.routing.RoutingChoices;
import org.porth.casework.routing.RoutingForm;
import org.porth.casework.routing.RoutingFormRefused;
import org.porth.casework.routing.RoutingPreview;
import org.porth.casework.routing.RoutingQuestion;
import org.porth.casework.routing.RoutingRefused;
import org.porth.casework.routing.RoutingSample;
import org.porth.catalogue.Channel;
import org.porth.catalogue.Option;
import org.porth.resident.SupportNeed;
import org.porth.shared.Language;
import org.porth.shell.FieldProblems;

/**
 * Tries the routing as the form stands, saved or not, on a made-up request: an answer to each
 * question a rule can look at, the ward, the channel and the resident's support needs; says which
 * queue it would go to, by which rule, at what priority and with which flags.
 */
final class RoutingTryOut extends Div {

    private final Div questions = new Div();
    private final Map<String, AbstractField<?, String>> answers = new LinkedHashMap<>();
    private final TextField ward = new TextField();
    private final Select<Channel> channel = new Select<>();
    private final CheckboxGroup<SupportNeed> supportNeeds = new CheckboxGroup<>();
    private final Paragraph result = new Paragraph();
    private final Language language;

    RoutingTryOut(RoutingAdministration administration, Language language, Supplier<String> serviceId,
            Supplier<RoutingForm> routing, Runnable trying, Consumer<RoutingFormRefused> formRefused,
            Consumer<RoutingRefused> refused) {
        this.language = language;
        setId("routing-preview");
        H2 heading = new H2(getTranslation("routing-admin.preview.title"));
        heading.addClassName("porth-heading-m");
        ward.setId("preview-ward");
        ward.setLabel(getTranslation("routing-admin.preview.ward"));
        channel.setId("preview-channel");
        channel.setLabel(getTranslation("routing-admin.preview.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(value -> getTranslation("routing-admin.channel." + value));
        channel.setValue(Channel.WEB);
        supportNeeds.setId("preview-support-needs");
        supportNeeds.setLabel(getTranslation("casework-rules.preview.support-needs"));
        supportNeeds.setItems(Arrays.asList(SupportNeed.values()));
        supportNeeds.setItemLabelGenerator(need -> getTranslation("casework-rules.support-need." + need.key()));
        result.setId("preview-result");
        result.getElement().setAttribute("role", "status");
        NativeButton tryIt = FieldProblems.button(getTranslation("routing-admin.preview.button"), () -> {
            trying.run();
            result.setText("");
            try {
                result.setText(describe(administration.preview(serviceId.get(), routing.get(), sample())));
            } catch (RoutingFormRefused wrong) {
                formRefused.accept(wrong);
            } catch (RoutingRefused wrong) {
                refused.accept(wrong);
            }
        });
        tryIt.setId("preview-button");
        add(heading, new Paragraph(getTranslation("casework-rules.preview.intro")), questions,
                FieldProblems.group(ward, channel, supportNeeds, tryIt), result);
    }

    /** An answer to fill in for each question of the service a rule can look at. */
    void show(RoutingChoices choices) {
        questions.removeAll();
        answers.clear();
        result.setText("");
        choices.questions().forEach(question -> {
            AbstractField<?, String> answer = question.freeText() ? new TextField() : choice(question);
            answer.setId("preview-answer-" + question.id());
            ((HasLabel) answer).setLabel(question.label().in(language));
            answers.put(question.id(), answer);
            questions.add(FieldProblems.group(answer));
        });
    }

    private Select<String> choice(RoutingQuestion question) {
        Select<String> choice = new Select<>();
        choice.setItems(question.options().stream().map(Option::value).toList());
        choice.setItemLabelGenerator(value -> value == null ? "" : question.options().stream()
                .filter(option -> option.value().equals(value)).findFirst().map(option -> option.label().in(language)).orElse(value));
        choice.setEmptySelectionAllowed(true);
        choice.setEmptySelectionCaption(getTranslation("casework-rules.preview.not-answered"));
        return choice;
    }

    private RoutingSample sample() {
        Map<String, List<String>> given = answers.entrySet().stream()
                .filter(answer -> answer.getValue().getValue() != null && !answer.getValue().getValue().isBlank())
                .collect(Collectors.toMap(Map.Entry::getKey, answer -> List.of(answer.getValue().getValue().strip())));
        return new RoutingSample(given, ward.getValue(), channel.getValue(),
                supportNeeds.getValue().stream().map(SupportNeed::key).collect(Collectors.toSet()));
    }

    private String describe(RoutingPreview preview) {
        String queue = preview.queueName().in(language);
        String where = preview.rule() == null ? getTranslation("routing-admin.preview.default", queue)
                : getTranslation("routing-admin.preview.by-rule", queue, preview.rule());
        String priority = getTranslation("casework-rules.preview.priority",
                getTranslation("case.priority." + preview.priority().name()));
        String flags = preview.flags().isEmpty() ? getTranslation("casework-rules.preview.no-flags")
                : getTranslation("casework-rules.preview.flags",
                        preview.flags().stream().map(flag -> flag.in(language)).collect(Collectors.joining(", ")));
        return String.join(" ", where, priority, flags);
    }
}
