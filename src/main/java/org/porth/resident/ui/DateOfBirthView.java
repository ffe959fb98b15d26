package org.porth.resident.ui;

import static org.porth.shell.DateInput.DAY;
import static org.porth.shell.DateInput.MONTH;
import static org.porth.shell.DateInput.YEAR;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.porth.identity.Role;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentProfiles;
import org.porth.shell.DateInput;
import org.porth.shell.ErrorSummary.Problem;

/** My account: change your date of birth (day, month and year boxes, not a picker). */
@Route("my-account/date-of-birth")
@PageTitle("my-account.date-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class DateOfBirthView extends ProfileEditPage {

    static final String FIELD_ID = "date-of-birth";

    private final ResidentProfiles profiles;
    private final Clock clock;
    private final DateInput date;

    DateOfBirthView(ResidentProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
        date = new DateInput(FIELD_ID, getTranslation("my-account.date-page.hint"))
                .legendAsHeading(getTranslation("my-account.date-page.title")).birthday();
        date.setValue(profiles.current().dateOfBirth());
        form("my-account.form.save", DateInput.PARTS.stream().map(date::part).toList(), date);
    }

    @Override
    protected List<Problem> saveIfValid() {
        DateAnswer answer = DateAnswer.of(date.text(DAY), date.text(MONTH), date.text(YEAR), LocalDate.now(clock));
        Optional<Problem> problem = date.problem(
                answer.valid() ? null : getTranslation("my-account.date-page." + answer.problem()), answer.parts());
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        profiles.update(ProfileChange.NONE.withDateOfBirth(answer.date()));
        showUpdated(ProfileField.DATE_OF_BIRTH);
        return List.of();
    }
}
