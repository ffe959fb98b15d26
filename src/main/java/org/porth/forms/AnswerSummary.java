package org.porth.forms;

import java.util.ArrayList;
import java.util.List;

import org.porth.attachments.StoredFiles;
import org.porth.catalogue.Question;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;
import org.springframework.stereotype.Component;

/** "Check your answers": every question the resident sees and answered, with its answer written out. */
@Component
public class AnswerSummary {

    public List<SummaryRow> rows(ServiceDefinition definition, Answers answers, Language language, StoredFiles files) {
        AnswerLines lines = new AnswerLines(language, files);
        List<SummaryRow> rows = new ArrayList<>();
        for (Walk.ShownPage shown : Walk.through(definition, answers).pages()) {
            for (Question question : shown.questions()) {
                Answer answer = answers.get(question.id()).orElse(null);
                if (answer != null && !answer.isBlank()) {
                    rows.add(new SummaryRow(question.id(), shown.page().id(), question.label().in(language),
                            lines.of(question, answer)));
                }
            }
        }
        return rows;
    }
}
