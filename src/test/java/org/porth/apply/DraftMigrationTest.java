package org.porth.apply;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.porth.forms.Forms.answers;
import static org.porth.forms.Forms.anyOf;
import static org.porth.forms.Forms.context;
import static org.porth.forms.Forms.option;
import static org.porth.forms.Forms.page;
import static org.porth.forms.Forms.question;
import static org.porth.forms.Forms.service;
import static org.porth.forms.Forms.text;

import org.junit.jupiter.api.Test;
import org.porth.apply.MigratedDraft.Reason;
import org.porth.apply.MigratedDraft.Recheck;
import org.porth.catalogue.Page;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.forms.Answer;
import org.porth.forms.AnswerValidator;
import org.porth.forms.Answers;
import org.porth.forms.Journey;

/** A draft begun on version 1 opens on version 2: what fits is kept, and the resident learns what to check. */
class DraftMigrationTest {

    private final ServiceDefinition version1 = service(1,
            page("about",
                    question("name", QuestionType.SHORT_TEXT).label("Your name", "Eich enw").build(),
                    question("bags", QuestionType.SHORT_TEXT).label("How many bags?", "Sawl bag?").build()),
            page("bin", question("bin", QuestionType.SINGLE_CHOICE).label("Which bin?", "Pa fin?")
                    .options(option("general", "General", "Cyffredinol"), option("food", "Food", "Bwyd")).build()),
            page("notes", question("notes", QuestionType.LONG_TEXT).label("Anything else?", "Unrhyw beth arall?").optional().build(),
                    question("fax", QuestionType.SHORT_TEXT).label("Fax number", "Rhif ffacs").optional().build()));

    private final ServiceDefinition version2 = service(2,
            page("about",
                    question("name", QuestionType.SHORT_TEXT).label("Your name", "Eich enw").build(),
                    question("bags", QuestionType.NUMBER).label("How many bags?", "Sawl bag?").build()),
            page("bin", question("bin", QuestionType.SINGLE_CHOICE).label("Which bin was missed?", "Pa fin a fethwyd?")
                    .options(option("general", "General", "Cyffredinol"), option("recycling", "Recycling", "Ailgylchu")).build()),
            page("notes", question("notes", QuestionType.LONG_TEXT).label("Anything else?", "Unrhyw beth arall?").optional()
                    .maxLength(10).build()));

    private final AnswerValidator validator = new AnswerValidator();
    private final DraftMigration migration = new DraftMigration(validator, new Journey(validator));

    @Test
    void keepsWhatFitsAndListsWhatToCheckInFormOrder() {
        Answers draft = answers("name", " Sam ", "bags", "3", "bin", "general", "notes", "Round the back please", "fax", "01632 960001");

        MigratedDraft migrated = migration.migrate(version1, version2, draft, context());

        assertThat(migrated.answers().byQuestion()).containsOnlyKeys("name", "bin");
        assertThat(migrated.answers().get("name")).as("normalised again").contains(Answer.of("Sam"));
        assertThat(migrated.toCheck()).containsExactly(
                new Recheck("bags", "about", text("How many bags?", "Sawl bag?"), Reason.CLEARED),
                new Recheck("bin", "bin", text("Which bin was missed?", "Pa fin a fethwyd?"), Reason.CHANGED),
                new Recheck("notes", "notes", text("Anything else?", "Unrhyw beth arall?"), Reason.CLEARED));
        assertThat(migrated.removed()).containsExactly("fax");
        assertThat(migrated.changed()).isTrue();
    }

    @Test
    void anAnswerNoLongerOfferedIsCleared() {
        MigratedDraft migrated = migration.migrate(version1, version2, answers("bin", "food"), context());

        assertThat(migrated.answers().get("bin")).isEmpty();
        assertThat(migrated.toCheck()).extracting(Recheck::questionId, Recheck::reason)
                .containsExactly(tuple("bin", Reason.CLEARED));
    }

    @Test
    void nothingChangesOnTheSameVersion() {
        Answers draft = answers("name", "Sam", "fax", "x");

        MigratedDraft migrated = migration.migrate(version1, version1, draft, context());

        assertThat(migrated.answers()).isEqualTo(draft);
        assertThat(migrated.changed()).isFalse();
    }

    @Test
    void anUnchangedFormKeepsEveryAnswerWithNothingToCheck() {
        ServiceDefinition republished = service(3, version2.pages().toArray(Page[]::new));
        Answers draft = answers("name", "Sam", "bags", "3", "bin", "general");

        MigratedDraft migrated = migration.migrate(version2, republished, draft, context());

        assertThat(migrated.answers()).isEqualTo(draft);
        assertThat(migrated.changed()).isFalse();
    }

    @Test
    void aClearedAnswerTheResidentCannotSeeIsNotListed() {
        ServiceDefinition before = service(1,
                page("one", question("skip", QuestionType.YES_NO).build()),
                page("two", question("detail", QuestionType.SHORT_TEXT).showIf(anyOf("skip", "no")).build()));
        ServiceDefinition after = service(2,
                page("one", question("skip", QuestionType.YES_NO).build()),
                page("two", question("detail", QuestionType.NUMBER).showIf(anyOf("skip", "no")).build()));

        MigratedDraft migrated = migration.migrate(before, after, answers("skip", "yes", "detail", "left over"), context());

        assertThat(migrated.toCheck()).isEmpty();
        assertThat(migrated.answers().byQuestion()).containsOnlyKeys("skip");
    }
}
