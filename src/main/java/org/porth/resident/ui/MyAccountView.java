package org.porth.resident.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.CurrentUser;
import org.porth.identity.LanguagePreferences;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;

/** Who the council knows the resident as, and the language it uses with them. */
@Route("my-account")
@PageTitle("my-account.title")
@Menu(order = 2, title = "nav.my-account")
@RolesAllowed(Role.RESIDENT_NAME)
class MyAccountView extends Div implements BeforeEnterObserver {

    static final String SAVED = "saved";

    private final Div confirmation = new Div();
    private final RadioButtonGroup<Language> language = new RadioButtonGroup<>();

    MyAccountView(CurrentUser currentUser, LanguagePreferences preferences) {
        SignedInUser user = currentUser.get().orElseThrow();
        H1 heading = new H1(getTranslation("my-account.title"));
        heading.addClassName("porth-heading-l");
        add(confirmation, heading, details(user), languageChoice(preferences));
    }

    private DescriptionList details(SignedInUser user) {
        String email = user.email() == null ? getTranslation("my-account.not-shared") : user.email();
        DescriptionList details = new DescriptionList();
        details.addClassName("porth-summary-list");
        details.add(new DescriptionList.Term(getTranslation("my-account.name")),
                new DescriptionList.Description(user.name()),
                new DescriptionList.Term(getTranslation("my-account.email")),
                new DescriptionList.Description(email));
        return details;
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

    /** A full page load with {@code ?lang=} saves the choice and shows the page in it at once. */
    private void save() {
        Language chosen = language.getValue();
        UI.getCurrent().getPage().setLocation("/my-account?" + LanguageChoice.PARAMETER + "=" + chosen.code()
                + "&" + SAVED);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        confirmation.removeAll();
        if (event.getLocation().getQueryParameters().getParameters().containsKey(SAVED)) {
            Paragraph saved = new Paragraph(getTranslation("my-account.language.saved"));
            saved.getElement().setAttribute("role", "status");
            confirmation.addClassName("porth-notification");
            confirmation.addClassName("porth-notification--success");
            confirmation.add(saved);
        }
    }
}
