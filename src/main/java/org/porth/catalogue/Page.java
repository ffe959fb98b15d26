package org.porth.catalogue;

import java.util.List;

/**
 * One page of a form: one question, or a small group (the GOV.UK "one thing per page").
 *
 * @param title  the page heading when it has several questions; null when it has one (the
 *               question's label is the heading)
 * @param showIf may be null: always shown
 * @param exits  eligibility exits checked after this page is answered
 */
public record Page(String id, Text title, Condition showIf, List<Question> questions, List<EligibilityExit> exits) {

    public Page {
        questions = List.copyOf(questions);
        exits = exits == null ? List.of() : List.copyOf(exits);
    }
}
