package org.porth.channels.api;

import java.net.URI;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

import org.porth.channels.ApiCaller;
import org.porth.channels.api.IdempotencyKeys.StoredAnswer;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** What every controller of the API needs: strict JSON, and POSTs that make something made once per key. */
@Component
class ApiCalls {

    private final JsonBodies json;
    private final Idempotency idempotency;

    ApiCalls(JsonMapper mapper, Idempotency idempotency) {
        this.json = new JsonBodies(mapper);
        this.idempotency = idempotency;
    }

    JsonBodies json() {
        return json;
    }

    /**
     * Makes something once for the key: 201 with the body {@code make} gives and its {@code Location},
     * or the answer the first request with the key was given.
     *
     * @param request the method, path and everything sent that makes the request what it is
     */
    <T> ResponseEntity<String> create(ApiCaller caller, Optional<String> key, String request, Supplier<T> make,
            Function<T, String> location) {
        return once(caller, key, request, HttpStatus.CREATED, make, location);
    }

    /** As {@link #create}, for a POST that changes something: its answer has this status (200 for a step taken). */
    <T> ResponseEntity<String> once(ApiCaller caller, Optional<String> key, String request, HttpStatus status,
            Supplier<T> make, Function<T, String> location) {
        StoredAnswer answer = idempotency.once(caller.clientId(), key, request, () -> {
            T made = make.get();
            return new StoredAnswer(status.value(), MediaType.APPLICATION_JSON_VALUE, json.write(made),
                    location.apply(made));
        });
        ResponseEntity.BodyBuilder response = ResponseEntity.status(answer.status())
                .contentType(MediaType.parseMediaType(answer.contentType()));
        if (answer.location() != null) {
            response.location(URI.create(answer.location()));
        }
        return response.body(answer.body());
    }
}
