package org.porth.resident.ui;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.resident.ConsentId;
import org.porth.resident.ConsentRecord;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.TellUsOnce;

/**
 * Confirms withdrawing one of the resident's own standing consents. Anyone else's consent, or one
 * already withdrawn, is a page that does not exist.
 */
@Route("my-account/consents/:" + WithdrawConsentView.CONSENT_ID + "/withdraw")
@PageTitle("my-account.withdraw-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class WithdrawConsentView extends Div implements BeforeEnterObserver {

    static final String CONSENT_ID = "consentId";

    private final ResidentProfiles profiles;
    private final TellUsOnce tellUsOnce;
    private final Clock clock;

    WithdrawConsentView(ResidentProfiles profiles, TellUsOnce tellUsOnce, Clock clock) {
        this.profiles = profiles;
        this.tellUsOnce = tellUsOnce;
        this.clock = clock;
        addClassName("porth-width-narrow");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<ConsentRecord> consent = event.getRouteParameters().get(CONSENT_ID).flatMap(this::standingConsent);
        if (consent.isEmpty()) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        removeAll();
        H1 heading = new H1(getTranslation("my-account.withdraw-page.title"));
        heading.addClassName("porth-heading-l");
        NativeButton confirm = new NativeButton(getTranslation("my-account.withdraw-page.confirm"),
                click -> withdraw(consent.get().id()));
        confirm.addClassNames("porth-button", "porth-button--warning");
        RouterLink cancel = new RouterLink(getTranslation("my-account.withdraw-page.cancel"), MyAccountView.class);
        cancel.addClassName("porth-link-button");
        Div actions = new Div(confirm, cancel);
        actions.addClassName("porth-button-group");
        add(heading, new ConsentList(List.of(consent.get()), clock.getZone(), false),
                new Paragraph(getTranslation("my-account.withdraw-page.effect")), actions);
    }

    private Optional<ConsentRecord> standingConsent(String id) {
        ConsentId consentId;
        try {
            consentId = ConsentId.of(id);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
        return tellUsOnce.consents(profiles.current().id()).stream()
                .filter(consent -> consent.id().equals(consentId) && !consent.withdrawn())
                .findFirst();
    }

    private void withdraw(ConsentId id) {
        tellUsOnce.withdraw(id);
        MyAccountView.showUpdated(MyAccountView.WITHDRAWN);
    }
}
