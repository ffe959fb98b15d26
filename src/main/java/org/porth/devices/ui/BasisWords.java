package org.porth.devices.ui;

import java.time.ZoneId;

import com.vaadin.flow.component.Component;
import org.porth.devices.RecordedBasis;
import org.porth.shared.DateText;
import org.porth.shared.Language;

/** A recorded basis in words, the same on the device's page and the supervisor's start page. */
final class BasisWords {

    private BasisWords() {
    }

    /** The basis, who recorded it when, the justification, and the day it is to be reviewed by. */
    static String recorded(Component in, RecordedBasis basis, ZoneId zone, Language language) {
        return in.getTranslation("registry.basis.recorded", in.getTranslation("registry.basis." + basis.basis()),
                basis.recordedBy(), DateText.format(basis.recordedAt(), zone, language), basis.justification()) + " "
                + in.getTranslation("basis.review-by", DateText.format(basis.reviewBy(), language));
    }

    /** Who signed it off and when, or that nobody has yet. */
    static String signOff(Component in, RecordedBasis basis, ZoneId zone, Language language) {
        return basis.signedOffAt() == null ? in.getTranslation("basis.not-signed-off")
                : in.getTranslation("basis.signed-off", basis.signedOffBy(), DateText.format(basis.signedOffAt(), zone, language));
    }
}
