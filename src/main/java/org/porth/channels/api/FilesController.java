package org.porth.channels.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.porth.channels.ApiCaller;
import org.porth.channels.api.RequestBodies.UploadedFile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@Tag(name = "Files", description = "Files for a request's file-upload questions, uploaded before the request")
class FilesController {

    private final ApiFiles files;
    private final ApiCalls calls;

    FilesController(ApiFiles files, ApiCalls calls) {
        this.files = files;
        this.calls = calls;
    }

    @PostMapping(path = "/api/v1/files", consumes = MediaType.MULTIPART_FORM_DATA_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Upload a file for a service's file-upload question; name its id in the request's answer")
    @ApiResponse(responseCode = "201", description = "Kept: its id, and the upload id to send with the request",
            content = @Content(schema = @Schema(implementation = UploadedFile.class)))
    ResponseEntity<String> upload(@RequestPart("file") MultipartFile file,
            @Parameter(description = "The service's code") @RequestParam("service") String service,
            @Parameter(description = "The file-upload question's id") @RequestParam("question") String question,
            @Parameter(description = "The upload id an earlier file was given, to add this one to it")
            @RequestParam(name = "upload", required = false) String upload,
            @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @AuthenticationPrincipal ApiCaller caller) {
        byte[] content = bytes(file);
        String request = String.join("\n", "POST /api/v1/files", service, question, String.valueOf(upload),
                String.valueOf(file.getOriginalFilename()), Idempotency.sha256(content));
        return calls.create(caller, Optional.ofNullable(key), request,
                () -> files.upload(service, question, upload, file.getOriginalFilename(),
                        new ByteArrayInputStream(content)),
                uploaded -> null);
    }

    private static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
