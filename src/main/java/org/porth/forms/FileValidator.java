package org.porth.forms;

import static org.porth.forms.ErrorMessages.error;
import static org.porth.forms.ErrorMessages.same;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.porth.attachments.StoredFiles;
import org.porth.catalogue.ErrorKind;
import org.porth.catalogue.Question;
import org.porth.catalogue.UploadLimits;

/**
 * Uploaded files, by the ids the file store gave them. A file counts only for the draft it was
 * uploaded for, so nobody can attach another resident's file by sending its id.
 */
final class FileValidator implements TypeValidator {


    @Override
    public AnswerCheck check(Question question, Answer answer, ValidationContext context) {
        List<String> ids = answer.values(Answer.FILE).stream().filter(id -> id != null && !id.isBlank())
                .map(String::strip).distinct().toList();
        UploadLimits limits = question.upload() != null ? question.upload() : UploadLimits.DEFAULT;
        if (ids.size() > limits.maxFiles()) {
            return AnswerCheck.invalid(error(question, ErrorKind.FILE_COUNT, Answer.FILE, same(limits.maxFiles())));
        }
        boolean allOurs = ids.stream().allMatch(id -> context.files().find(id)
                .map(StoredFiles.StoredFile::draftId)
                .filter(draft -> Objects.equals(draft, context.draftId()))
                .isPresent());
        return allOurs ? AnswerCheck.valid(new Answer(Map.of(Answer.FILE, ids)))
                : AnswerCheck.invalid(error(question, ErrorKind.FILE_NOT_FOUND, Answer.FILE));
    }
}
