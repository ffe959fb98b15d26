package org.porth.forms;

import org.porth.catalogue.Question;

/** Checks and normalises a non-blank answer to one family of question types. */
interface TypeValidator {

    AnswerCheck check(Question question, Answer answer, ValidationContext context);
}
