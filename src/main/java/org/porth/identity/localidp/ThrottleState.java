package org.porth.identity.localidp;

import java.time.Instant;

/**
 * What the throttle remembers of one subject's failed sign-ins.
 *
 * @param lastFailureAt null when it has none
 * @param lockedUntil   null when no failure locked it
 */
record ThrottleState(int failures, Instant lastFailureAt, Instant lockedUntil) {

    static final ThrottleState NONE = new ThrottleState(0, null, null);
}
