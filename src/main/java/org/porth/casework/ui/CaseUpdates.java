package org.porth.casework.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import org.porth.casework.CaseActivity;
import org.porth.casework.CaseChanges;
import org.porth.casework.CaseWork;

/**
 * The case page when someone else changes its case (another officer, the resident, the service-level
 * watch): it says what changed, to screen readers too, and shows the case as it is now. If the
 * officer has typed something not yet saved, the page stays as it is, nothing typed is lost, and the
 * officer chooses when to see the case as it is now. The officer's own changes (from this page or
 * another) are left to the page that made them.
 */
final class CaseUpdates extends Div {

    static final String NOTICE_ID = "case-live-notice";

    CaseUpdates(CaseChanges changes, CaseWork work, CaseView view, String reference, String officer) {
        setId("case-updates");
        LiveCaseUpdates.attach(this, changes,
                activity -> activity.reference().equals(reference) && !officer.equals(activity.actor()),
                change -> changed(work, view, reference, change));
    }

    private void changed(CaseWork work, CaseView view, String reference, List<CaseActivity> change) {
        String what = LiveCaseUpdates.described(this, change.getFirst());
        LiveCaseUpdates.announce(view, what);
        if (typedButNotSaved(view)) {
            removeAll();
            NativeButton reload = new NativeButton(getTranslation("live.case.reload"),
                    click -> view.show(work.open(reference), null));
            reload.addClassNames("porth-button", "porth-button--secondary");
            add(notice(what + " " + getTranslation("live.case.kept"), reload));
        } else {
            view.show(work.open(reference), notice(what + " " + getTranslation("live.case.shown")));
        }
    }

    /** Not a live region itself: the staff layout's says it once. */
    private Div notice(String text, Component... actions) {
        Div notice = new Div(new Paragraph(text));
        notice.add(actions);
        notice.addClassNames("porth-notification", "porth-notification--plain");
        notice.setId(NOTICE_ID);
        return notice;
    }

    /** Any field of the page with something in it: every field of the case page starts empty. */
    private static boolean typedButNotSaved(Component page) {
        return page.getChildren().anyMatch(child -> child instanceof HasValue<?, ?> field && !field.isEmpty()
                || typedButNotSaved(child));
    }
}
