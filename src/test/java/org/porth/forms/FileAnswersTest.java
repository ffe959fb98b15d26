package org.porth.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.forms.Forms.check;
import static org.porth.forms.Forms.english;
import static org.porth.forms.Forms.fields;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.welsh;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.UploadLimits;

/** Uploaded files, by id: only this draft's files, no more than the question allows. */
class FileAnswersTest {

    private final Question photos = question("photos", QuestionType.FILE_UPLOAD).name("a photo of the problem", "llun o'r broblem")
            .upload(new UploadLimits(2, 1024 * 1024, Set.of(UploadLimits.FileType.JPEG))).build();

    @Test
    void keepsTheIdsOfThisDraftsFiles() {
        AnswerCheck check = check(photos, fields("file", "f-photo", "file", " f-letter ", "file", "f-photo"));

        assertThat(check.answer().orElseThrow().values("file")).containsExactly("f-photo", "f-letter");
    }

    @Test
    void requiredMeansAtLeastOneFile() {
        AnswerCheck check = check(photos, fields());

        assertThat(english(check)).containsExactly("Upload a photo of the problem");
        assertThat(welsh(check)).containsExactly("Uwchlwythwch llun o'r broblem");
    }

    @Test
    void anotherDraftsFileOrAnUnknownIdIsRefused() {
        for (String id : new String[] {"f-other", "no-such-file"}) {
            AnswerCheck check = check(photos, fields("file", "f-photo", "file", id));

            assertThat(english(check)).containsExactly("Upload the files for a photo of the problem again");
            assertThat(welsh(check)).containsExactly("Uwchlwythwch y ffeiliau ar gyfer llun o'r broblem eto");
            assertThat(check.errors().getFirst().field()).isEqualTo("file");
        }
    }

    @Test
    void noMoreFilesThanTheQuestionAllows() {
        AnswerCheck check = check(photos, fields("file", "f-photo", "file", "f-letter", "file", "f-plan"));

        assertThat(english(check)).containsExactly("Upload no more than 2 files for a photo of the problem");
        assertThat(welsh(check)).containsExactly("Uwchlwythwch hyd at 2 ffeil ar gyfer llun o'r broblem");
    }

    @Test
    void withoutLimitsTheDefaultCountOfThreeApplies() {
        Question evidence = question("evidence", QuestionType.FILE_UPLOAD).name("your evidence", "eich tystiolaeth").build();

        assertThat(check(evidence, fields("file", "f-photo", "file", "f-letter", "file", "f-plan")).valid()).isTrue();
        assertThat(english(check(evidence, fields("file", "f-photo", "file", "f-letter", "file", "f-plan", "file", "f-receipt"))))
                .containsExactly("Upload no more than 3 files for your evidence");
    }
}
