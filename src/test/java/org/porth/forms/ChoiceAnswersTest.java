package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.forms.Forms.answer;
import static org.porth.forms.Forms.check;
import static org.porth.forms.Forms.english;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.option;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.stored;
import static org.porth.forms.Forms.welsh;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;

/** Yes/no, single and multiple choice, and declarations. */
class ChoiceAnswersTest {

    private final Question livesAlone = question("alone", QuestionType.YES_NO)
            .name("whether you live alone", "a ydych chi'n byw ar eich pen eich hun").build();
    private final Question bin = question("bin", QuestionType.SINGLE_CHOICE).name("the bin that was missed", "y bin a fethwyd")
            .options(option("general", "General waste", "Gwastraff cyffredinol"), option("recycling", "Recycling", "Ailgylchu"),
                    option("garden", "Garden waste", "Gwastraff gardd"))
            .build();
    private final Question items = question("items", QuestionType.MULTIPLE_CHOICE).name("the items to collect", "yr eitemau i'w casglu")
            .options(option("sofa", "Sofa", "Soffa"), option("fridge", "Fridge", "Oergell"), option("bed", "Bed", "Gwely"),
                    option("table", "Table", "Bwrdd"))
            .minChoices(2).maxChoices(3).build();

    @Test
    void yesOrNo() {
        assertThat(stored(check(livesAlone, answer(" Yes ")))).isEqualTo("yes");
        assertThat(stored(check(livesAlone, answer("no")))).isEqualTo("no");
        assertThat(english(check(livesAlone, answer("")))).containsExactly("Select whether you live alone");
        assertThat(welsh(check(livesAlone, answer("")))).containsExactly("Dewiswch a ydych chi'n byw ar eich pen eich hun");
        assertThat(english(check(livesAlone, answer("maybe")))).containsExactly("Select whether you live alone from the list");
    }

    @Test
    void singleChoiceTakesOnlyAnOfferedValue() {
        assertThat(stored(check(bin, answer("recycling")))).isEqualTo("recycling");
        assertThat(english(check(bin, answer("")))).containsExactly("Select the bin that was missed");
        assertThat(welsh(check(bin, answer("")))).containsExactly("Dewiswch y bin a fethwyd");
        AnswerCheck tampered = check(bin, answer("food"));
        assertThat(english(tampered)).containsExactly("Select the bin that was missed from the list");
        assertThat(welsh(tampered)).containsExactly("Dewiswch y bin a fethwyd o'r rhestr");
    }

    @Test
    void multipleChoiceIsStoredInTheOrderOffered() {
        Answer stored = check(items, Answer.ofAll(List.of("bed", "sofa", "bed"))).answer().orElseThrow();

        assertThat(stored.values("value")).containsExactly("sofa", "bed");
    }

    @Test
    void multipleChoiceCountsTheChoices() {
        AnswerCheck tooFew = check(items, fields("value", "sofa", "value", ""));
        assertThat(english(tooFew)).containsExactly("Select at least 2 of the options for the items to collect");
        assertThat(welsh(tooFew)).containsExactly("Dewiswch o leiaf 2 o'r opsiynau ar gyfer yr eitemau i'w casglu");

        AnswerCheck tooMany = check(items, fields("value", "sofa", "value", "fridge", "value", "bed", "value", "table"));
        assertThat(english(tooMany)).containsExactly("Select no more than 3 of the options for the items to collect");
        assertThat(welsh(tooMany)).containsExactly("Dewiswch hyd at 3 o'r opsiynau ar gyfer yr eitemau i'w casglu");

        assertThat(check(items, fields("value", "sofa", "value", "fridge", "value", "bed")).valid()).isTrue();
        assertThat(english(check(items, fields("value", "")))).containsExactly("Select the items to collect");
    }

    @Test
    void multipleChoiceRefusesAValueNotOffered() {
        assertThat(english(check(items, fields("value", "sofa", "value", "piano"))))
                .containsExactly("Select the items to collect from the list");
    }

    @Test
    void anOptionalMultipleChoiceMayBeLeftEmptyWhateverItsMinimum() {
        Question optional = question("extras", QuestionType.MULTIPLE_CHOICE).optional().minChoices(2)
                .options(option("a", "A", "A cy"), option("b", "B", "B cy")).build();

        assertThat(check(optional, fields()).valid()).isTrue();
    }

    @Test
    void aDeclarationMustBeConfirmed() {
        Question declaration = question("declare", QuestionType.DECLARATION)
                .name("that the information you have given is correct", "fod yr wybodaeth a roesoch yn gywir").build();

        assertThat(stored(check(declaration, answer("confirmed")))).isEqualTo("confirmed");
        assertThat(english(check(declaration, answer("")))).containsExactly("Confirm that the information you have given is correct");
        assertThat(welsh(check(declaration, answer("")))).containsExactly("Cadarnhewch fod yr wybodaeth a roesoch yn gywir");
        assertThat(english(check(declaration, answer("yes")))).containsExactly("Confirm that the information you have given is correct");
    }

    @Test
    void aDeclarationsOwnMessageReplacesTheStandardOne() {
        Question declaration = question("declare", QuestionType.DECLARATION)
                .error(ErrorKind.REQUIRED, "You must confirm you are the tenant", "Rhaid i chi gadarnhau mai chi yw'r tenant")
                .build();

        assertThat(english(check(declaration, answer("nope")))).containsExactly("You must confirm you are the tenant");
        assertThat(welsh(check(declaration, answer("")))).containsExactly("Rhaid i chi gadarnhau mai chi yw'r tenant");
    }
}
