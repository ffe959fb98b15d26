package org.porth.casework.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import org.porth.casework.Cases;

/** Take next: gives the officer the most urgent case nobody has and opens it, or says in the notice that none waits. */
final class TakeNextButton extends NativeButton {

    TakeNextButton(String id, Cases cases, Div notice) {
        setText(getTranslation("queues.take-next"));
        setId(id);
        addClassNames("porth-button", "porth-button--start");
        addClickListener(click -> cases.takeNext().ifPresentOrElse(
                taken -> UI.getCurrent().navigate(CaseView.class, new RouteParameters("reference", taken.reference())),
                () -> {
                    notice.removeAll();
                    notice.add(new Paragraph(getTranslation("queues.take-next.none")));
                }));
    }
}
