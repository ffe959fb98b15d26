package org.porth.booking.ui;

import java.time.LocalDateTime;
import java.util.List;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.booking.BookingPages;
import org.porth.booking.rules.RuleChange;
import org.porth.booking.rules.RulesRefused;
import org.porth.shared.Language;
import org.porth.shell.ErrorMessage;

/**
 * New opening hours would leave bookings outside them, and nothing was saved: the times they are
 * at (each a link to its day view, where a supervisor can move them), and the choice to cancel them
 * with a reason residents are told, or not to save.
 */
final class OutsideHoursQuestion extends Div {

    private final TextField reason = new TextField();

    OutsideHoursQuestion() {
        setId(RulesRefused.AFFECTED);
        setVisible(false);
        reason.setId(RuleChange.CANCEL_REASON);
        reason.setLabel(getTranslation("booking.rules.cancel-reason"));
        reason.setHelperText(getTranslation("booking.rules.cancel-reason.hint"));
    }

    /** The question as it is asked: the summary says the same. */
    String ask(String resourceId, List<LocalDateTime> affected, Language language, Consumer<String> cancelAndSave,
            Runnable doNotSave) {
        removeAll();
        reason.setInvalid(false);
        String question = getTranslation("booking.rules.affected", affected.size());
        ErrorMessage asked = new ErrorMessage(null);
        asked.show(question);
        UnorderedList times = new UnorderedList();
        times.setId("affected-times");
        affected.stream().collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()))
                .forEach((start, count) -> times.add(new ListItem(new Anchor(BookingPages.day(resourceId,
                        start.toLocalDate()), getTranslation("booking.rules.affected-time",
                        BookingTexts.at(start, language), count)))));
        NativeButton cancel = new NativeButton(getTranslation("booking.rules.cancel-and-save", affected.size()),
                click -> cancelAndSave.accept(reason.getValue()));
        cancel.addClassName("porth-button");
        cancel.setId("cancel-and-save");
        NativeButton keep = new NativeButton(getTranslation("booking.rules.do-not-save"), click -> doNotSave.run());
        keep.addClassNames("porth-button", "porth-button--secondary");
        keep.setId("do-not-save");
        add(asked, new Paragraph(getTranslation("booking.rules.affected-explain")), times, reason, cancel, keep);
        setVisible(true);
        return question;
    }

    /** The reason typed, to mark when it is wrong. */
    TextField reason() {
        return reason;
    }

    void close() {
        removeAll();
        setVisible(false);
    }
}
