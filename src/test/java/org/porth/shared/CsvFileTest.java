package org.porth.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.ByteArrayResource;

/** Data files (the gazetteer, bank holidays) as a spreadsheet saves them, and mistakes reported by line. */
class CsvFileTest {

    @Test
    void readsFieldsByTheHeaderNamesWhateverTheirOrder() {
        List<CsvFile.Row> rows = CsvFile.read(csv("\uFEFFname,usrn,extra\r\nStryd Fawr,32710042,x\r\n"), "usrn", "name");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.required("usrn")).isEqualTo("32710042");
            assertThat(row.required("name")).isEqualTo("Stryd Fawr");
            assertThat(row.line()).isEqualTo(2);
        });
    }

    @Test
    void quotedFieldsHoldCommasQuotesAndLineBreaks() {
        List<CsvFile.Row> rows = CsvFile.read(csv("""
                organisation,note
                "Jones, Williams and Co Solicitors","the ""old"" bank
                on two lines"
                Porth Library,
                """), "organisation");

        assertThat(rows).extracting(row -> row.optional("organisation"))
                .containsExactly("Jones, Williams and Co Solicitors", "Porth Library");
        assertThat(rows.getFirst().optional("note")).isEqualTo("the \"old\" bank\non two lines");
        assertThat(rows.get(1).optional("note")).as("a blank field").isNull();
        assertThat(rows.get(1).line()).as("the line in the file, after the field with a line break").isEqualTo(4);
    }

    @Test
    void commentLinesAreSkippedAndLinesStillCounted() {
        List<CsvFile.Row> rows = CsvFile.read(csv("""
                # bank holidays, as "published"
                date,name
                # 2026
                2026-01-01,New Year's Day
                """), "date");

        assertThat(rows).singleElement().satisfies(row -> {
            assertThat(row.required("name")).isEqualTo("New Year's Day");
            assertThat(row.line()).isEqualTo(4);
        });
    }

    @Test
    void aFileWithAByteOrderMarkMayStartWithAComment() {
        List<CsvFile.Row> rows = CsvFile.read(csv("\uFEFF# saved by Excel\r\ndate\r\n2026-01-01\r\n"), "date");

        assertThat(rows).extracting(row -> row.required("date")).containsExactly("2026-01-01");
    }

    @Test
    void aMissingColumnIsNamed() {
        assertThatIllegalStateException().isThrownBy(() -> CsvFile.read(csv("usrn,town\n1,Porth\n"), "usrn", "name"))
                .withMessageContaining("line 1: no column name");
    }

    @Test
    void aRowWithTooFewFieldsIsReportedByLine() {
        assertThatIllegalStateException().isThrownBy(() -> CsvFile.read(csv("usrn,name\n1,A\n\n2\n"), "usrn"))
                .withMessageContaining("line 4: 1 fields where the header has 2");
    }

    @Test
    void anUnclosedQuoteIsReported() {
        assertThatIllegalStateException().isThrownBy(() -> CsvFile.read(csv("usrn,name\n1,\"Stryd Fawr\n"), "usrn"))
                .withMessageContaining("line 2: a quoted field is not closed");
    }

    @Test
    void aRequiredBlankFieldIsReportedByLine() {
        CsvFile.Row row = CsvFile.read(csv("usrn,name\n1, \n"), "usrn").getFirst();

        assertThatIllegalStateException().isThrownBy(() -> row.required("name")).withMessageContaining("line 2: no name");
    }

    private static ByteArrayResource csv(String text) {
        return new ByteArrayResource(text.getBytes(StandardCharsets.UTF_8), "test.csv");
    }
}
