package org.porth.apply;

import java.time.Instant;

/**
 * A resident answered the satisfaction question after sending a request (issue 18's user satisfaction
 * KPI). Published once per request, in the transaction that stores the answer; the comment itself
 * stays in apply.
 *
 * @param reference   the request's reference
 * @param serviceCode the service's id in the catalogue
 * @param score       5 very satisfied, 4 satisfied, 3 neither, 2 dissatisfied, 1 very dissatisfied
 * @param hasComment  whether the resident also wrote a comment
 */
public record SatisfactionRated(String reference, String serviceCode, int score, boolean hasComment, Instant at) {
}
