package org.porth.forms;

import java.util.List;
import java.util.Optional;

import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A submitted request's answers written out for staff and for the resident, as the resident saw them
 * on check your answers, and the files attached to it.
 */
@Service
public class RequestAnswers {

    private final Catalogue catalogue;
    private final AnswerSummary summary;
    private final Attachments files;

    RequestAnswers(Catalogue catalogue, AnswerSummary summary, Attachments files) {
        this.catalogue = catalogue;
        this.summary = summary;
        this.files = files;
    }

    /**
     * One line per question answered: the question and the answer, in the language given. Residents
     * too, for their own request page: a file's name shows only to those who may see the file.
     */
    @PreAuthorize("hasAnyRole('RESIDENT', 'CASEWORKER', 'SUPERVISOR')")
    public List<AnsweredQuestion> rows(String serviceId, int serviceVersion, Answers answers, Language language) {
        return definition(serviceId, serviceVersion)
                .map(definition -> summary.rows(definition, answers, language, files).stream()
                        .map(row -> new AnsweredQuestion(row.label(), row.lines())).toList())
                .orElse(List.of());
    }

    /** The files uploaded with the request, in the order of the questions. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    public List<StoredFile> files(String serviceId, int serviceVersion, Answers answers) {
        return definition(serviceId, serviceVersion).stream()
                .flatMap(definition -> definition.pages().stream())
                .flatMap(page -> page.questions().stream())
                .filter(question -> question.type() == QuestionType.FILE_UPLOAD)
                .flatMap(question -> answers.get(question.id()).stream())
                .flatMap(answer -> answer.values(Answer.FILE).stream())
                .flatMap(id -> files.find(id).stream())
                .toList();
    }

    private Optional<ServiceDefinition> definition(String serviceId, int serviceVersion) {
        return catalogue.version(serviceId, serviceVersion);
    }

    public record AnsweredQuestion(String question, List<String> answer) {
    }
}
