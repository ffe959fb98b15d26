package org.porth.casework.ui;

import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.shell.FieldProblems;
import org.porth.casework.routing.RoutingAdministration;
import org.porth.casework.routing.RoutingPreview;
import org.porth.casework.routing.RoutingRefused;
import org.porth.casework.routing.RoutingSample;
import org.porth.catalogue.Channel;
import org.porth.shared.Language;

/**
 * Tries the routing as typed, saved or not, on a made-up request: its answers, ward and channel,
 * and says which queue it would go to and by which rule.
 */
final class RoutingTryOut extends Div {

    private final TextArea answers = new TextArea();
    private final TextField ward = new TextField();
    private final Select<Channel> channel = new Select<>();
    private final Paragraph result = new Paragraph();

    RoutingTryOut(RoutingAdministration administration, Language language, Supplier<String> serviceId,
            Supplier<String> routing, Runnable trying, Consumer<RoutingRefused> refused) {
        setId("routing-preview");
        H2 heading = new H2(getTranslation("routing-admin.preview.title"));
        heading.addClassName("porth-heading-m");
        answers.setId("preview-answers");
        answers.setLabel(getTranslation("routing-admin.preview.answers"));
        answers.setHelperText(getTranslation("routing-admin.preview.answers.hint"));
        ward.setId("preview-ward");
        ward.setLabel(getTranslation("routing-admin.preview.ward"));
        channel.setId("preview-channel");
        channel.setLabel(getTranslation("routing-admin.preview.channel"));
        channel.setItems(Channel.values());
        channel.setItemLabelGenerator(value -> getTranslation("routing-admin.channel." + value));
        channel.setValue(Channel.WEB);
        result.setId("preview-result");
        result.getElement().setAttribute("role", "status");
        NativeButton tryIt = new NativeButton(getTranslation("routing-admin.preview.button"), click -> {
            trying.run();
            result.setText("");
            try {
                RoutingPreview preview = administration.preview(serviceId.get(), routing.get(),
                        new RoutingSample(RoutingSample.answersFrom(answers.getValue()), ward.getValue(), channel.getValue()));
                result.setText(describe(preview, language));
            } catch (RoutingRefused wrong) {
                refused.accept(wrong);
            }
        });
        tryIt.addClassName("porth-button");
        tryIt.setId("preview-button");
        add(heading, FieldProblems.group(answers, ward, channel, tryIt), result);
    }

    private String describe(RoutingPreview preview, Language language) {
        String queue = preview.queueName().in(language);
        return preview.rule() == null ? getTranslation("routing-admin.preview.default", queue)
                : getTranslation("routing-admin.preview.by-rule", queue, preview.rule());
    }
}
