package org.porth.channels.api;

import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.porth.channels.ApiCaller;
import org.porth.channels.api.RequestBodies.Created;
import org.porth.channels.api.RequestBodies.Message;
import org.porth.channels.api.RequestBodies.NewMessage;
import org.porth.channels.api.RequestBodies.NewRequest;
import org.porth.channels.api.RequestBodies.RequestState;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping(path = "/api/v1/requests", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Requests", description = "Requests sent to the council, where they stand, and messages about them")
class RequestsController {

    private static final String KEY_DOC = "Makes the request once: sent again with the same key and body, the first answer comes back";

    private final ApiRequests requests;
    private final ApiCases cases;
    private final ApiCalls calls;

    RequestsController(ApiRequests requests, ApiCases cases, ApiCalls calls) {
        this.requests = requests;
        this.cases = cases;
        this.calls = calls;
    }

    // no "consumes": a body of another type is the unsupported-media-type problem, not a path not found
    @PostMapping
    @Operation(summary = "Send a complete set of answers for a service",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = NewRequest.class))))
    @ApiResponse(responseCode = "201", description = "Sent: its reference and where it stands",
            content = @Content(schema = @Schema(implementation = Created.class)))
    ResponseEntity<String> submit(@RequestBody JsonNode body,
            @Parameter(description = KEY_DOC) @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @AuthenticationPrincipal ApiCaller caller) {
        NewRequest request = calls.json().read(body, NewRequest.class);
        return calls.create(caller, Optional.ofNullable(key), "POST /api/v1/requests\n" + body,
                () -> requests.submit(request, caller), created -> "/api/v1/requests/" + created.reference());
    }

    @GetMapping("/{reference}")
    @Operation(summary = "Where a request stands: status, due date, public timeline and outcome")
    RequestState read(@PathVariable String reference) {
        return cases.read(reference);
    }

    @GetMapping("/{reference}/messages")
    @Operation(summary = "The messages between the resident and the council about a request")
    List<Message> messages(@PathVariable String reference) {
        return cases.messages(reference);
    }

    @PostMapping("/{reference}/messages")
    @Operation(summary = "Write to the council about a request (the reply, when it asked for more information)",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = NewMessage.class))))
    @ApiResponse(responseCode = "201", description = "Sent: every message about the request",
            content = @Content(schema = @Schema(implementation = Message[].class)))
    ResponseEntity<String> write(@PathVariable String reference, @RequestBody JsonNode body,
            @Parameter(description = KEY_DOC) @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @AuthenticationPrincipal ApiCaller caller) {
        NewMessage message = calls.json().read(body, NewMessage.class);
        return calls.create(caller, Optional.ofNullable(key), "POST /api/v1/requests/" + reference + "/messages\n" + body,
                () -> cases.write(reference, message.message(), message.files()),
                sent -> "/api/v1/requests/" + reference + "/messages");
    }
}
