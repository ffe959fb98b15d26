package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.resident.Somebody.signIn;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.forms.Answer;
import org.porth.forms.Answers;
import org.porth.gazetteer.Gazetteer;
import org.porth.resident.ProfileChange;
import org.porth.resident.ProfileField;
import org.porth.resident.ResidentAddress;
import org.porth.resident.ResidentDetailsChanged;
import org.porth.resident.ResidentDetailsChanged.FieldChange;
import org.porth.resident.ResidentProfiles;
import org.porth.resident.Somebody;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Tell us once in a form: questions about the resident start from their account and say so; going
 * on with them unchanged asks nothing; changing one asks once whether to update the account, and
 * only a yes changes it and tells the other council services.
 */
@SpringBootTest
@RecordApplicationEvents
class TellUsOnceInFormsTest {

    /** 2 Stryd Fawr, PT1 1AA: an address of one line, as most homes have. */
    private static final String HOME = "100100423058";
    private static final String PHONE_AS_TYPED_IN_MY_ACCOUNT = "07700 900 982";

    @Autowired
    private Applications applications;
    @Autowired
    private ResidentProfiles residents;
    @Autowired
    private Gazetteer gazetteer;
    @Autowired
    private ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void answersAboutTheResidentStartFromTheirAccountAndAreMarkedSo() {
        String draft = bulkyWasteForResidentWithAddressAndPhone();

        Form form = applications.open(draft);

        assertThat(form.answers().get("address").flatMap(answer -> answer.field("uprn"))).hasValue(HOME);
        assertThat(form.answers().get("phone")).hasValue(Answer.of(PHONE_AS_TYPED_IN_MY_ACCOUNT));
        assertThat(form.fromAccount()).containsExactlyInAnyOrder("address", "phone");
    }

    @Test
    void goingOnWithTheAccountsDetailsUnchangedAsksNothing() {
        String draft = bulkyWasteForResidentWithAddressAndPhone();

        PageResult address = applications.continueFrom(draft, "address",
                Answers.NONE.with("address", new Answer(Map.of("uprn", List.of(HOME)))));
        PageResult phone = applications.continueFrom(draft, "phone", Answers.NONE.with("phone", Answer.of("07700900982")));

        assertThat(address).isInstanceOf(PageResult.Saved.class);
        assertThat(phone).isInstanceOf(PageResult.Saved.class);
        assertThat(applications.open(draft).fromAccount()).containsExactlyInAnyOrder("address", "phone");
    }

    @Test
    void changingAPrefilledAnswerAsksOnceAndAYesUpdatesTheAccountAndTellsOtherServices() {
        String draft = bulkyWasteForResidentWithAddressAndPhone();

        PageResult result = applications.continueFrom(draft, "phone", Answers.NONE.with("phone", Answer.of("01632 960 001")));

        assertThat(result).isInstanceOfSatisfying(PageResult.AskToShare.class, ask -> {
            assertThat(ask.questionIds()).containsExactly("phone");
            assertThat(ask.wording().en()).isNotBlank();
        });
        assertThat(events.stream(ResidentDetailsChanged.class)).as("nothing shared before the answer").isEmpty();

        PageResult after = applications.decideSharing(draft, "phone", List.of("phone"), true);

        assertThat(after).isInstanceOf(PageResult.Saved.class);
        assertThat(residents.current().phone()).isEqualTo("01632 960001");
        assertThat(events.stream(ResidentDetailsChanged.class)).singleElement().satisfies(event -> {
            assertThat(event.residentId()).isEqualTo(residents.current().id());
            assertThat(event.changes()).containsExactly(new FieldChange(ProfileField.PHONE,
                    Map.of("value", PHONE_AS_TYPED_IN_MY_ACCOUNT), Map.of("value", "01632 960001")));
        });
        assertThat(applications.sharingQuestion(draft, "phone")).as("asked once").isEmpty();
    }

    @Test
    void aNoLeavesTheAccountAloneAndIsNotAskedAgainForTheSameAnswer() {
        String draft = bulkyWasteForResidentWithAddressAndPhone();
        applications.continueFrom(draft, "phone", Answers.NONE.with("phone", Answer.of("01632 960 001")));

        applications.decideSharing(draft, "phone", List.of("phone"), false);

        assertThat(residents.current().phone()).isEqualTo(PHONE_AS_TYPED_IN_MY_ACCOUNT);
        assertThat(events.stream(ResidentDetailsChanged.class)).isEmpty();
        assertThat(applications.continueFrom(draft, "phone", Answers.NONE.with("phone", Answer.of("01632 960001"))))
                .isInstanceOf(PageResult.Saved.class);
        assertThat(applications.continueFrom(draft, "phone", Answers.NONE.with("phone", Answer.of("01632 960 002"))))
                .as("another new number is another change").isInstanceOf(PageResult.AskToShare.class);
    }

    private String bulkyWasteForResidentWithAddressAndPhone() {
        signIn(Somebody.named("Heledd").asResident());
        residents.current();
        residents.update(ProfileChange.NONE.withAddress(ResidentAddress.from(gazetteer.byUprn(HOME).orElseThrow()))
                .withPhone(PHONE_AS_TYPED_IN_MY_ACCOUNT));
        return applications.start("bulky-waste").draftId();
    }
}
