package org.porth.resident.ui;

import java.time.Clock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.LanguagePreferences;
import org.porth.identity.Role;
import org.porth.resident.Profile;
import org.porth.resident.ProfileChange;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.SupportNeeds;
import org.porth.resident.TellUsOnce;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;
import org.porth.shared.Translations;

/**
 * What the council knows about the resident, each detail with a Change link; the language it uses
 * with them; the support they told us they need; and the changes they agreed to share, which they
 * can withdraw.
 */
@Route("my-account")
@PageTitle("my-account.title")
@Menu(order = 2, title = "nav.my-account")
@RolesAllowed(Role.RESIDENT_NAME)
class MyAccountView extends Div implements BeforeEnterObserver {

    static final String SAVED = "saved";
    /**
     * The query parameter naming what was just changed: a profile field's key, {@link #WITHDRAWN},
     * or one of SupportNeedsView's.
     */
    static final String UPDATED = "updated";
    static final String WITHDRAWN = "withdrawn";
    private static final String UPDATED_KEY = "my-account.updated.";

    private final Div confirmation = new Div();
    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>();
    private final ResidentProfiles profiles;

    MyAccountView(ResidentProfiles profiles, TellUsOnce tellUsOnce, SupportNeeds supportNeeds,
            LanguagePreferences preferences, Clock clock) {
        this.profiles = profiles;
        Profile profile = profiles.current();
        H1 heading = new H1(getTranslation("my-account.title"));
        heading.addClassName("porth-heading-l");
        add(confirmation, heading, details(profile), languageChoice(preferences),
                new SupportNeedsSummary(supportNeeds.of(profile.id()), clock.getZone()),
                consents(new ConsentList(tellUsOnce.consents(profile.id()), clock.getZone(), true)));
    }

    /** Opens My account confirming a change: {@code what} is a profile field's key or {@link #WITHDRAWN}. */
    static void showUpdated(String what) {
        UI.getCurrent().navigate(MyAccountView.class, QueryParameters.of(UPDATED, what));
    }

    private Section details(Profile profile) {
        H2 heading = new H2(getTranslation("my-account.details.heading"));
        heading.addClassName("porth-heading-m");
        return new Section(heading, new ProfileSummary(profile));
    }

    private Section languageChoice(LanguagePreferences preferences) {
        H2 heading = new H2(getTranslation("my-account.language.heading"));
        heading.addClassName("porth-heading-m");
        language.setLabel(getTranslation("my-account.language.label"));
        language.setHelperText(getTranslation("my-account.language.hint"));
        language.setItems(Language.values());
        language.setRenderer(new ComponentRenderer<>(option -> {
            Span name = new Span(getTranslation(option.locale(), "language.name"));
            name.getElement().setAttribute("lang", option.code());
            return name;
        }));
        language.setValue(preferences.current().orElse(Language.of(getLocale())));
        NativeButton save = new NativeButton(getTranslation("my-account.language.save"), click -> save());
        save.addClassName("porth-button");
        Section section = new Section(heading, language, save);
        section.addClassName("porth-section");
        return section;
    }

    private Section consents(ConsentList list) {
        H2 heading = new H2(getTranslation("my-account.consents.heading"));
        heading.addClassName("porth-heading-m");
        // the apps page is the channels module's (it keeps what apps may do): linked by its address
        Anchor apps = new Anchor("my-account/apps", getTranslation("my-apps.link"));
        apps.setId("my-apps-link");
        // integration's page of the partners that received the resident's details, and the devices
        // module's page of the devices in their home, linked the same way
        Anchor shared = new Anchor("my-account/details-shared", getTranslation("details-shared.link"));
        shared.setId("details-shared-link");
        Anchor devices = new Anchor("my-account/devices", getTranslation("my-devices.link"));
        devices.setId("my-devices-link");
        Section section = new Section(heading, list, new Paragraph(apps), new Paragraph(shared), new Paragraph(devices));
        section.addClassName("porth-section");
        return section;
    }

    /**
     * The resident's record keeps the language for letters and messages; a full page load with
     * {@code ?lang=} saves it for the portal too and shows the page in it at once.
     */
    private void save() {
        Language chosen = language.getValue();
        profiles.update(ProfileChange.NONE.withLanguage(chosen));
        UI.getCurrent().getPage().setLocation("/my-account?" + LanguageChoice.PARAMETER + "=" + chosen.code()
                + "&" + SAVED);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        confirmation.removeAll();
        confirmation.removeClassNames("porth-notification", "porth-notification--success");
        QueryParameters parameters = event.getLocation().getQueryParameters();
        String updated = parameters.getSingleParameter(UPDATED).map(what -> UPDATED_KEY + what)
                .filter(Translations::has).orElse(null);
        if (parameters.getParameters().containsKey(SAVED)) {
            confirm(getTranslation("my-account.language.saved"));
        } else if (updated != null) {
            confirm(getTranslation(updated));
        }
    }

    private void confirm(String message) {
        Paragraph text = new Paragraph(message);
        text.getElement().setAttribute("role", "status");
        confirmation.addClassNames("porth-notification", "porth-notification--success");
        confirmation.add(text);
    }
}
