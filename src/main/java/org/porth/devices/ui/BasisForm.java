package org.porth.devices.ui;

import java.util.EnumSet;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import org.porth.devices.RecordedBasis.Basis;
import org.porth.devices.registry.DeviceBases;
import org.porth.devices.registry.DeviceBases.ReviewIn;
import org.porth.shared.ActionRefused;
import org.porth.shell.FieldProblems;

/**
 * Records a lawful basis for a personal device without the wearer's consent: the basis and why it
 * applies, and when it is to be reviewed (decision 0064). What was entered stays when it is refused; each problem is next to its field and in the summary.
 */
final class BasisForm extends Div {

    static final String ID = "basis-form";

    private final DeviceBases bases;
    private final String deviceId;
    private final Runnable reshow;
    private final FieldProblems problems = new FieldProblems();
    private final RadioButtonGroup<Basis> basis = problems.field(DeviceBases.BASIS_FIELD, new RadioButtonGroup<>());
    private final TextArea justification;
    private final RadioButtonGroup<ReviewIn> review = problems.field(DeviceBases.REVIEW_FIELD, new RadioButtonGroup<>());

    BasisForm(DeviceBases bases, String deviceId, Runnable reshow) {
        this.bases = bases;
        this.deviceId = deviceId;
        this.reshow = reshow;
        setId(ID);
        H3 heading = new H3(getTranslation("registry.basis.form.heading"));
        heading.addClassName("porth-heading-s");
        basis.setLabel(getTranslation("registry.basis.form.basis"));
        basis.setItems(EnumSet.allOf(Basis.class));
        basis.setItemLabelGenerator(choice -> getTranslation("registry.basis." + choice));
        justification = problems.area(DeviceBases.JUSTIFICATION_FIELD, getTranslation("registry.basis.form.justification"),
                DeviceBases.LONGEST_JUSTIFICATION);
        justification.setHelperText(getTranslation("registry.basis.form.justification.hint"));
        review.setLabel(getTranslation("basis.review.label"));
        review.setHelperText(getTranslation("basis.review.hint"));
        review.setItems(EnumSet.allOf(ReviewIn.class));
        review.setItemLabelGenerator(choice -> getTranslation("basis.review." + choice));
        var record = FieldProblems.button(getTranslation("registry.basis.form.record"), this::record);
        record.setId("record-basis");
        add(heading, new Paragraph(getTranslation("registry.basis.form.lead")), problems.summary(),
                FieldProblems.group(basis), FieldProblems.group(justification), FieldProblems.group(review), record);
    }

    private void record() {
        problems.clear();
        try {
            bases.record(deviceId, basis.getValue(), justification.getValue(), review.getValue());
            reshow.run();
        } catch (ActionRefused refused) {
            problems.show(refused.field(), getTranslation(refused.messageKey()));
        }
    }
}
