package org.porth.resident.ui;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.identity.Role;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Postcode;
import org.porth.shell.ErrorSummary.Problem;

/** My account, change your address, step two: pick the address from the gazetteer's list for the postcode. */
@Route("my-account/address/select")
@PageTitle("my-account.address-page.select-title")
@RolesAllowed(Role.RESIDENT_NAME)
class AddressSelectView extends ProfileEditPage implements BeforeEnterObserver {

    static final String POSTCODE = "postcode";
    static final String FIELD_ID = "address";

    private final ResidentProfiles profiles;
    private final Gazetteer gazetteer;
    private final RadioButtonGroup<Address> addresses = new RadioButtonGroup<>();
    private final Span postcodeText = new Span();

    AddressSelectView(ResidentProfiles profiles, Gazetteer gazetteer) {
        this.profiles = profiles;
        this.gazetteer = gazetteer;
        H1 heading = new H1(getTranslation("my-account.address-page.select-title"));
        heading.addClassName("porth-heading-l");
        RouterLink change = new RouterLink(getTranslation("my-account.address-page.change-postcode"),
                AddressLookupView.class);
        Paragraph postcode = new Paragraph(postcodeText, new Span(" "), change);
        addresses.setId(FIELD_ID);
        addresses.setItemLabelGenerator(Address::singleLine);
        RouterLink notListed = new RouterLink(getTranslation("my-account.address-page.not-listed"),
                AddressManualView.class);
        form("my-account.form.save", List.of(), heading, postcode, addresses, new Paragraph(notListed));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<Postcode> postcode = event.getLocation().getQueryParameters().getSingleParameter(POSTCODE)
                .flatMap(Postcode::parse);
        List<Address> found = postcode.map(gazetteer::byPostcode).orElse(List.of());
        if (found.isEmpty()) {
            event.forwardTo(AddressLookupView.class);
            return;
        }
        postcodeText.setText(postcode.get().value());
        addresses.setLabel(getTranslation("my-account.address-page.select-label", postcode.get().value()));
        addresses.setItems(found);
    }

    @Override
    protected List<Problem> saveIfValid() {
        Address chosen = addresses.getValue();
        addresses.setInvalid(chosen == null);
        if (chosen == null) {
            String message = getTranslation("my-account.address-page.select-required");
            addresses.setErrorMessage(message);
            return List.of(new Problem(FIELD_ID, message));
        }
        profiles.update(ProfileChange.NONE.withAddress(ResidentAddress.from(chosen)));
        showUpdated(ProfileField.ADDRESS);
        return List.of();
    }
}
