package org.porth.channels.api;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.porth.channels.ApiCaller;
import org.porth.channels.api.ReferralBodies.ReferralState;
import org.porth.channels.api.ReferralBodies.Step;
import org.porth.integration.partners.ReferralStep;
import org.springframework.http.HttpStatus;
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
@RequestMapping(path = "/api/v1/referrals", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Referrals", description = "A partner organisation's referrals from the council: read, accept, decline, update, close")
class ReferralsController {

    private static final String KEY_DOC = "Takes the step once: sent again with the same key and body, the first answer comes back";

    private final ApiReferrals referrals;
    private final ApiCalls calls;

    ReferralsController(ApiReferrals referrals, ApiCalls calls) {
        this.referrals = referrals;
        this.calls = calls;
    }

    @GetMapping
    @Operation(summary = "The partner's own referrals, newest first (the last hundred)")
    List<ReferralState> referrals(@AuthenticationPrincipal ApiCaller caller) {
        return referrals.list(caller.clientId());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of the partner's referrals, with the resident's details its agreement allows")
    ReferralState referral(@PathVariable String id, @AuthenticationPrincipal ApiCaller caller) {
        return referrals.read(caller.clientId(), id);
    }

    @PostMapping("/{id}/{step:accept|decline|update|close}")
    @Operation(summary = "Accept, decline, update (with a note) or close a referral",
            requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = false,
                    content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
                            schema = @Schema(implementation = Step.class))))
    @ApiResponse(responseCode = "200", description = "Done: the referral as it is now",
            content = @Content(schema = @Schema(implementation = ReferralState.class)))
    ResponseEntity<String> step(@PathVariable String id, @PathVariable String step,
            @RequestBody(required = false) JsonNode body,
            @Parameter(description = KEY_DOC) @RequestHeader(name = Idempotency.HEADER, required = false) String key,
            @AuthenticationPrincipal ApiCaller caller) {
        Step sent = body == null ? new Step(null) : calls.json().read(body, Step.class);
        ReferralStep taken = ReferralStep.valueOf(step.toUpperCase(Locale.ROOT));
        return calls.once(caller, Optional.ofNullable(key), "POST /api/v1/referrals/" + id + "/" + step + "\n" + body,
                HttpStatus.OK, () -> referrals.step(caller.clientId(), id, taken, sent.note()),
                done -> null);
    }
}
