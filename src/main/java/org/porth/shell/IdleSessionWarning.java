package org.porth.shell;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.porth.identity.SessionTimeouts;

/**
 * Warns a signed-in person before an idle session ends ("You will be signed out soon") and lets
 * them stay. The timer runs in the browser and restarts on every request that counts as activity
 * on the server (Vaadin's UIDL requests, not its heartbeats), so opening the warning does not
 * itself count as activity. When time is up the page goes to {@code /session-expired}, where the
 * server, which decides, signs the person out.
 * <p>
 * It is a native {@code <dialog>}: modal, focus-trapping and closable with Escape in every browser.
 */
@Tag("dialog")
class IdleSessionWarning extends HtmlContainer {

    private static final String SCRIPT = """
            const dialog = this, warnAfter = $0, expireAfter = $1, expiredPath = $2;
            if (window.porthIdle) { window.porthIdle.stop(); }
            let warnTimer, expireTimer;
            const expire = () => window.location.assign(expiredPath + '?continue='
                + encodeURIComponent(window.location.pathname + window.location.search));
            const restart = () => {
              clearTimeout(warnTimer); clearTimeout(expireTimer);
              if (dialog.open) { dialog.close(); }
              warnTimer = setTimeout(() => { dialog.showModal(); dialog.querySelector('[data-stay]').focus(); }, warnAfter);
              expireTimer = setTimeout(expire, expireAfter);
            };
            const open = XMLHttpRequest.prototype.open;
            XMLHttpRequest.prototype.open = function (method, url) {
              if (String(url).includes('v-r=uidl')) { restart(); }
              return open.apply(this, arguments);
            };
            dialog.addEventListener('cancel', event => { event.preventDefault(); dialog.querySelector('[data-stay]').click(); });
            window.porthIdle = { stop: () => { XMLHttpRequest.prototype.open = open; clearTimeout(warnTimer); clearTimeout(expireTimer); } };
            restart();
            """;

    private final SessionTimeouts timeouts;

    IdleSessionWarning(SessionTimeouts timeouts, AuthenticationContext authentication) {
        this.timeouts = timeouts;
        addClassName("porth-dialog");
        getElement().setAttribute("aria-labelledby", "idle-warning-title");
        getElement().setAttribute("aria-describedby", "idle-warning-text");

        H2 title = new H2(getTranslation("idle.title"));
        title.setId("idle-warning-title");
        title.addClassName("porth-heading-m");
        Paragraph text = new Paragraph(getTranslation("idle.text", DurationText.minutes(this, timeouts.warningBefore())));
        text.setId("idle-warning-text");

        // The click itself is the point: its request is activity, which restarts the timers.
        NativeButton stay = new NativeButton(getTranslation("idle.stay"), click -> { });
        stay.getElement().setAttribute("data-stay", true);
        stay.addClassName("porth-button");
        NativeButton signOut = new NativeButton(getTranslation("idle.sign-out"), click -> authentication.logout());
        signOut.addClassName("porth-button");
        signOut.addClassName("porth-button--secondary");
        Div actions = new Div(stay, signOut);
        actions.addClassName("porth-button-group");
        add(title, text, actions);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        long expireAfter = timeouts.idle().toMillis();
        long warnAfter = expireAfter - timeouts.warningBefore().toMillis();
        getElement().executeJs(SCRIPT, warnAfter, expireAfter, SessionTimeouts.EXPIRED_PATH);
    }
}
