package org.porth.catalogue;

import java.util.List;
import java.util.Map;

/**
 * One question of a service's form.
 *
 * @param name     how error messages name the answer, e.g. "the date your child was born", so they
 *                 say "Enter the date your child was born", never "Invalid input"
 * @param hint     may be null
 * @param options  for single and multiple choice (yes/no has its own)
 * @param showIf   may be null: always shown
 * @param prefill  a resident profile field this question is filled from ("tell us once"), e.g.
 *                 {@code name}, {@code email}, {@code phone}, {@code address}, {@code date-of-birth}; may be null
 * @param errors   messages that replace the standard ones, by error kind (e.g. {@code required},
 *                 {@code pattern})
 * @param upload   for file upload questions; null otherwise
 */
public record Question(
        String id,
        QuestionType type,
        Text label,
        Text hint,
        Text name,
        boolean required,
        Validation validation,
        List<Option> options,
        Condition showIf,
        String prefill,
        Map<String, Text> errors,
        UploadLimits upload) {

    public Question {
        options = options == null ? List.of() : List.copyOf(options);
        errors = errors == null ? Map.of() : Map.copyOf(errors);
        validation = validation == null ? Validation.NONE : validation;
    }
}
