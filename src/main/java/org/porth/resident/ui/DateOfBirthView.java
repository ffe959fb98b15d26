package org.porth.resident.ui;

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
import org.porth.shell.ErrorSummary.Problem;

/** My account: change your date of birth (day, month and year boxes, not a picker). */
@Route("my-account/date-of-birth")
@PageTitle("my-account.date-page.title")
@RolesAllowed(Role.RESIDENT_NAME)
class DateOfBirthView extends ProfileEditPage {

    static final String FIELD_ID = "date-of-birth";

    private final ResidentProfiles profiles;
    private final Clock clock;
    private final DateQuestion date;

    DateOfBirthView(ResidentProfiles profiles, Clock clock) {
        this.profiles = profiles;
        this.clock = clock;
        date = new DateQuestion(FIELD_ID, getTranslation("my-account.date-page.title"),
                getTranslation("my-account.date-page.hint"));
        date.setValue(profiles.current().dateOfBirth());
        form("my-account.form.save", List.of(date.box(DateAnswer.DAY), date.box(DateAnswer.MONTH),
                date.box(DateAnswer.YEAR)), date);
    }

    @Override
    protected List<Problem> saveIfValid() {
        DateAnswer answer = date.answer(LocalDate.now(clock));
        Optional<Problem> problem = date.problem(answer,
                answer.valid() ? null : getTranslation("my-account.date-page." + answer.problem()));
        if (problem.isPresent()) {
            return List.of(problem.get());
        }
        profiles.update(ProfileChange.NONE.withDateOfBirth(answer.date()));
        showUpdated(ProfileField.DATE_OF_BIRTH);
        return List.of();
    }
}
