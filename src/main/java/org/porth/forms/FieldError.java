package org.porth.forms;

import org.porth.catalogue.Text;

/**
 * What is wrong with an answer, in both languages, shown next to the field and in the error summary.
 *
 * @param field the input within the question that is wrong ({@code day}, {@code postcode}, ...), for
 *              the summary link to focus; null for the question as a whole
 */
public record FieldError(String questionId, String field, Text message) {
}
