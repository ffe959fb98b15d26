package org.porth.resident.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.gazetteer.Gazetteer;
import org.porth.identity.Role;
import org.porth.shared.Postcode;
import org.porth.shell.ErrorSummary.Problem;
import org.porth.shell.TextInput;

/** My account, change your address, step one: the postcode, looked up in the council's gazetteer. */
@Route("my-account/address")
@PageTitle("my-account.address-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class AddressLookupView extends ProfileEditPage {

    static final String FIELD_ID = "postcode";

    private final Gazetteer gazetteer;
    private final TextInput postcode;

    AddressLookupView(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        H1 heading = new H1(getTranslation("my-account.address-page.title"));
        heading.addClassName("porth-heading-l");
        postcode = new TextInput(FIELD_ID, getTranslation("my-account.address-page.postcode"), null, false)
                .withoutSpellcheck().kind("text", "postal-code").width("porth-input--width-10");
        RouterLink manual = new RouterLink(getTranslation("my-account.address-page.manual"), AddressManualView.class);
        form("my-account.address-page.find", List.of(postcode.input()), heading, postcode, new Paragraph(manual));
    }

    @Override
    protected List<Problem> saveIfValid() {
        Optional<Postcode> parsed = Postcode.parse(postcode.value());
        Optional<Problem> problem = postcode.problem(postcode.value().isEmpty()
                ? getTranslation("my-account.address-page.postcode-required")
                : parsed.isEmpty() ? getTranslation("my-account.address-page.postcode-format")
                : gazetteer.byPostcode(parsed.get()).isEmpty()
                        ? getTranslation("my-account.address-page.not-found", parsed.get().value()) : null);
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        UI.getCurrent().navigate(AddressSelectView.class,
                QueryParameters.of(AddressSelectView.POSTCODE, parsed.get().value()));
        return List.of();
    }
}
