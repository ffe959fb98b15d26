package org.porth.casework.ui;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import org.porth.casework.CaseActivity;
import org.porth.casework.CaseChanges;
import org.porth.casework.CaseChanges.Subscription;
import org.porth.shell.StaffLayout;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Keeps an open staff page up to date with what happens to cases, without a reload. While the page
 * is attached, and only then, it listens to {@link CaseChanges}; a change that concerns the page is
 * handed to the page's UI ({@link UI#access}, which server push sends to the browser), run as the
 * officer the page belongs to. One line attaches it to a page: {@link #attach}.
 */
final class LiveCaseUpdates {

    private LiveCaseUpdates() {
    }

    /**
     * @param concerns which activities the page shows
     * @param show     what the page does with those of one change, in the page's UI
     */
    static void attach(Component page, CaseChanges changes, Predicate<CaseActivity> concerns,
            Consumer<List<CaseActivity>> show) {
        page.addAttachListener(attached -> {
            UI ui = attached.getUI();
            // the officer of the page: pushed updates run on the feed's thread, not in a request of theirs
            SecurityContext officer = SecurityContextHolder.getContext();
            Subscription subscription = changes.subscribe(change -> {
                List<CaseActivity> concerning = change.stream().filter(concerns).toList();
                if (!concerning.isEmpty()) {
                    access(ui, () -> asOfficer(officer, () -> show.accept(concerning)));
                }
            });
            page.addDetachListener(detached -> {
                subscription.end();
                detached.unregisterListener();
            });
        });
    }

    /** Said politely to screen readers, in the staff layout's live region. */
    static void announce(Component page, String text) {
        StaffLayout layout = page.findAncestor(StaffLayout.class);
        if (layout != null) {
            layout.announce(text);
        }
    }

    /** "Case PT-… has changed: the resident replied.", by the first (main) activity of the change. */
    static String described(Component page, CaseActivity main) {
        return page.getTranslation("live.case.changed", main.reference(),
                page.getTranslation("live.change." + main.kind()));
    }

    private static void access(UI ui, Runnable command) {
        try {
            ui.access(command::run);
        } catch (UIDetachedException gone) {
            // closed between the change and now: its detach ends the subscription
        }
    }

    private static void asOfficer(SecurityContext officer, Runnable command) {
        SecurityContext before = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(officer);
        try {
            command.run();
        } finally {
            SecurityContextHolder.setContext(before);
        }
    }
}
