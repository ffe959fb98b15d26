package org.porth.channels.api;

import java.io.InputStream;
import java.util.List;
import java.util.UUID;

import org.porth.attachments.Attachments;
import org.porth.attachments.StoredFiles.StoredFile;
import org.porth.attachments.UploadResult;
import org.porth.attachments.UploadSlot;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.catalogue.UploadLimits;
import org.porth.channels.api.ApiProblem.FieldProblem;
import org.porth.channels.api.RequestBodies.UploadedFile;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Files for a request's file-upload question, uploaded before the request names them: the same
 * content checks and limits as the web form's upload ({@link Attachments}). Files uploaded together
 * share an upload id, which the request then names, as a web form's files belong to its draft.
 */
@Service
public class ApiFiles {

    private final ApiServices services;
    private final Attachments attachments;

    ApiFiles(ApiServices services, Attachments attachments) {
        this.services = services;
        this.attachments = attachments;
    }

    /**
     * @param upload the upload id an earlier file of the caller's was given; null to start one
     */
    @PreAuthorize("hasAuthority('SCOPE_requests:write')")
    public UploadedFile upload(String serviceCode, String questionId, String upload, String fileName, InputStream content) {
        ServiceDefinition service = services.offered(serviceCode);
        Question question = service.question(questionId == null ? "" : questionId)
                .filter(found -> found.type() == QuestionType.FILE_UPLOAD)
                .orElseThrow(() -> invalid("question", AnswersReader.both("api.files.no-such-question", String.valueOf(questionId))));
        String slotId = upload == null || upload.isBlank() ? UUID.randomUUID().toString() : upload;
        UploadSlot slot = new UploadSlot.Question(slotId, question.id());
        if (upload != null && !upload.isBlank() && attachments.waiting(slot).isEmpty()) {
            throw invalid("upload", AnswersReader.both("api.files.no-such-upload"));
        }
        UploadLimits limits = question.upload() != null ? question.upload() : UploadLimits.DEFAULT;
        UploadResult result = attachments.upload(slot, fileName == null ? "file" : fileName, content, limits);
        if (result instanceof UploadResult.Rejected rejected) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "file-refused",
                    List.of(new FieldProblem("file", null, rejected.message())));
        }
        StoredFile file = ((UploadResult.Stored) result).file();
        return new UploadedFile(file.id(), file.name(), file.mediaType(), file.size(), slotId);
    }

    private static ApiProblem invalid(String field, Text message) {
        return new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answers", List.of(new FieldProblem(field, null, message)));
    }
}
