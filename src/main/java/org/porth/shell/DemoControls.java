package org.porth.shell;

import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The working parts of a not-prod demo page (the device demo, the demo year): a start button, the
 * notice that says whether it started or was already running, and a status line read again after
 * each press. The page places them among its own words.
 */
public final class DemoControls {

    private final Div notice = new Div();
    private final Paragraph status = new Paragraph();
    private final NativeButton start;
    private final Supplier<String> statusText;

    /**
     * @param starts starts the demo; false when one is already running
     * @param startedText what the notice says when it started, and when it was already running
     */
    public DemoControls(String buttonId, String buttonText, BooleanSupplier starts, String startedText,
            String alreadyText, Supplier<String> statusText) {
        this.statusText = statusText;
        notice.setId("demo-notice");
        notice.getElement().setAttribute("role", "status");
        status.setId("demo-status");
        start = new NativeButton(buttonText, click -> {
            notice.removeAll();
            notice.addClassNames("porth-notification", "porth-notification--success");
            notice.add(new Paragraph(starts.getAsBoolean() ? startedText : alreadyText));
            showStatus();
        });
        start.setId(buttonId);
        start.addClassName("porth-button");
        showStatus();
    }

    public Div notice() {
        return notice;
    }

    public Paragraph status() {
        return status;
    }

    public NativeButton button() {
        return start;
    }

    private void showStatus() {
        status.setText(statusText.get());
    }
}
