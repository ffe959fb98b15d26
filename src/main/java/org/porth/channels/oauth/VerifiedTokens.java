package org.porth.channels.oauth;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidationException;

/**
 * A client sends the same access token on every call until it expires: its signature is checked and
 * its claims read once, and the decoded token kept (by its exact text, so a token changed in any
 * byte is checked afresh). The validators (issuer, lifetime, the client not revoked, the resident's
 * consent) still run on every call, so a token expires, and a revocation or a removed app takes
 * effect, exactly as when nothing is kept. Decision 0049.
 */
final class VerifiedTokens implements JwtDecoder {

    /** More tokens than this at once (each live for minutes) and the kept ones are dropped, so memory stays bounded. */
    static final int MOST_KEPT = 10_000;

    private final JwtDecoder decoder;
    private final OAuth2TokenValidator<Jwt> validator;
    private final Map<String, Jwt> verified = new ConcurrentHashMap<>();

    /** @param decoder checks the signature and runs {@code validator}; this runs {@code validator} again on a kept token */
    VerifiedTokens(JwtDecoder decoder, OAuth2TokenValidator<Jwt> validator) {
        this.decoder = decoder;
        this.validator = validator;
    }

    @Override
    public Jwt decode(String token) throws JwtException {
        Jwt kept = verified.get(token);
        if (kept == null) {
            Jwt decoded = decoder.decode(token);
            if (verified.size() >= MOST_KEPT) {
                verified.clear();
            }
            verified.put(token, decoded);
            return decoded;
        }
        OAuth2TokenValidatorResult result = validator.validate(kept);
        if (result.hasErrors()) {
            verified.remove(token);
            throw new JwtValidationException(message(result), result.getErrors());
        }
        return kept;
    }

    /** As NimbusJwtDecoder words it, so a refused token reads the same whether it was kept or not. */
    private static String message(OAuth2TokenValidatorResult result) {
        return result.getErrors().stream().map(OAuth2Error::getDescription)
                .filter(description -> description != null && !description.isEmpty()).findFirst()
                .map(description -> "An error occurred while attempting to decode the Jwt: " + description)
                .orElse("Unable to validate Jwt");
    }
}
