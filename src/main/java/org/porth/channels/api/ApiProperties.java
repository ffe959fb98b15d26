package org.porth.channels.api;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The REST API's settings ({@code porth.api.*}).
 *
 * @param rateLimitRequests how many calls a client may make every {@code rateLimitPeriod}, unless
 *                          its registration gives it a limit of its own ({@code ApiRateLimitSource})
 * @param maxBodySize       the largest JSON body taken; a file's limit is its question's
 * @param idempotencyKeysKept how long an {@code Idempotency-Key} and its answer are kept
 */
@ConfigurationProperties("porth.api")
record ApiProperties(long rateLimitRequests, Duration rateLimitPeriod, DataSize maxBodySize,
        Duration idempotencyKeysKept) {
}
