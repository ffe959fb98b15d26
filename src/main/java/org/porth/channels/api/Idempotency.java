package org.porth.channels.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

import org.porth.channels.api.IdempotencyKeys.Claim;
import org.porth.channels.api.IdempotencyKeys.StoredAnswer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * {@code Idempotency-Key} on a POST that makes something (IETF httpapi-idempotency-key draft): the
 * first request with a key runs and its answer is kept; the same key with the same request gets that
 * answer again (it did not run again); with another request, 422; while the first is still running,
 * 409. Keys are the client's own: two clients never share one.
 */
@Component
class Idempotency {

    static final String HEADER = "Idempotency-Key";
    private static final int LONGEST_KEY = 255;

    private final IdempotencyKeys keys;

    Idempotency(IdempotencyKeys keys) {
        this.keys = keys;
    }

    /**
     * Runs the work once for the key, or gives the answer it gave.
     *
     * @param request what identifies the request beyond its key: its method, path and body
     * @param work    gives the answer; when it throws (a problem such as answers to put right, or a
     *                failure), nothing was made and the key is free to be sent again
     */
    StoredAnswer once(String clientId, Optional<String> key, String request, Supplier<StoredAnswer> work) {
        if (key.isEmpty()) {
            return work.get();
        }
        String k = key.get();
        if (k.isBlank() || k.length() > LONGEST_KEY) {
            throw new ApiProblem(HttpStatus.BAD_REQUEST, "idempotency-key-invalid", LONGEST_KEY);
        }
        String fingerprint = sha256(request);
        try {
            keys.claim(clientId, k, fingerprint);
        } catch (DuplicateKeyException taken) {
            return earlier(clientId, k, fingerprint);
        }
        StoredAnswer answer;
        try {
            answer = work.get();
        } catch (RuntimeException failed) {
            keys.release(clientId, k);
            throw failed;
        }
        keys.answer(clientId, k, answer);
        return answer;
    }

    private StoredAnswer earlier(String clientId, String key, String fingerprint) {
        Claim claim = keys.find(clientId, key)
                .orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "idempotency-key-in-use"));
        if (!claim.fingerprint().equals(fingerprint)) {
            throw new ApiProblem(HttpStatus.UNPROCESSABLE_CONTENT, "idempotency-key-reused");
        }
        return claim.answer().orElseThrow(() -> new ApiProblem(HttpStatus.CONFLICT, "idempotency-key-in-use"));
    }

    static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
