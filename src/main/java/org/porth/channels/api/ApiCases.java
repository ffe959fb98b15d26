package org.porth.channels.api;

import java.util.List;

import org.porth.casework.NoSuchCaseException;
import org.porth.casework.ResidentCase;
import org.porth.casework.ResidentCases;
import org.porth.channels.api.RequestBodies.Message;
import org.porth.channels.api.RequestBodies.RequestState;
import org.porth.shared.ActionRefused;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * A request read back and written about, with the rules of My requests ({@link ResidentCases}): a
 * client reaches the requests it sent, an app acting for a resident that resident's; any other
 * reference is answered exactly as one that does not exist.
 */
@Service
public class ApiCases {

    private final ResidentCases cases;

    ApiCases(ResidentCases cases) {
        this.cases = cases;
    }

    @PreAuthorize("hasAuthority('SCOPE_requests:read')")
    public RequestState read(String reference) {
        return RequestStates.of(open(reference));
    }

    @PreAuthorize("hasAuthority('SCOPE_requests:read')")
    public List<Message> messages(String reference) {
        return RequestStates.messages(open(reference));
    }

    @PreAuthorize("hasAuthority('SCOPE_requests:write')")
    public List<Message> write(String reference, String message, List<String> fileIds) {
        try {
            return RequestStates.messages(cases.write(reference, message, fileIds == null ? List.of() : fileIds));
        } catch (NoSuchCaseException missing) {
            throw ApiProblem.notFound();
        } catch (ActionRefused refused) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "invalid-answers", List.of(new ApiProblem.FieldProblem(
                    refused.field() == null ? "message" : refused.field(), null, AnswersReader.both(refused.messageKey()))));
        }
    }

    private ResidentCase open(String reference) {
        try {
            return cases.open(reference);
        } catch (NoSuchCaseException missing) {
            throw ApiProblem.notFound();
        }
    }
}
