package org.porth.forms;

import java.util.List;

/**
 * One row of "check your answers".
 *
 * @param label  the question, in the resident's language
 * @param lines  the answer as the resident should read it, one line each (an address has several)
 * @param pageId where the row's Change link goes
 */
public record SummaryRow(String questionId, String pageId, String label, List<String> lines) {

    public SummaryRow {
        lines = List.copyOf(lines);
    }
}
