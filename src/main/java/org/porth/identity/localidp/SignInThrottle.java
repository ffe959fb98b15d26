package org.porth.identity.localidp;

import static org.porth.identity.localidp.SignInThrottleStore.Kind.ACCOUNT;
import static org.porth.identity.localidp.SignInThrottleStore.Kind.ADDRESS;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.stream.Stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Brute-force protection for the embedded provider's sign-in: an attempt whose account or address
 * is held back ({@link ThrottlePolicy}) is refused before its password is checked; every failure is
 * counted in the database (so every node sees it), logged without the password and counted as a
 * metric. Decision 0024.
 */
@Component
@Profile("!prod")
class SignInThrottle {

    static final String FAILURES = "porth.signin.failures";
    static final String LOCKS = "porth.signin.locks";
    static final String REFUSALS = "porth.signin.refusals";

    private static final Logger log = LoggerFactory.getLogger(SignInThrottle.class);

    private final SignInThrottleStore store;
    private final SignInThrottleProperties policies;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Counter failures;
    private final Counter refusals;
    private final Counter accountLocks;
    private final Counter addressLocks;

    SignInThrottle(SignInThrottleStore store, SignInThrottleProperties policies,
            PlatformTransactionManager transactionManager, Clock clock, MeterRegistry meters) {
        this.store = store;
        this.policies = policies;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.failures = Counter.builder(FAILURES).description("Failed sign-ins at the embedded provider")
                .register(meters);
        this.refusals = Counter.builder(REFUSALS)
                .description("Sign-ins refused unchecked while an account or address is held back").register(meters);
        this.accountLocks = Counter.builder(LOCKS).tag("kind", "account")
                .description("Accounts locked for failing to sign in too often").register(meters);
        this.addressLocks = Counter.builder(LOCKS).tag("kind", "address")
                .description("Client addresses locked for failing to sign in too often").register(meters);
    }

    /** Checks the attempt's password with {@code passwords}, unless it is held back, and counts the outcome. */
    Authentication signIn(Authentication attempt, AuthenticationProvider passwords) {
        SignInSubjects subjects = SignInSubjects.of(attempt);
        // as the database keeps it, so that a wait read back ends when it was meant to, on every database
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Outcome outcome = transactions.execute(status -> attempt(attempt, subjects, passwords, now));
        return switch (outcome) {
            case Outcome.Signed signed -> signed.authentication();
            case Outcome.Refused refused -> {
                refusals.increment();
                log.warn("Sign-in refused unchecked for username '{}' from {}: too many failures, held back until {}",
                        printable(attempt.getName()), subjects.address(), refused.until());
                throw new SignInThrottledException(Duration.between(now, refused.until()));
            }
            case Outcome.Failed failed -> {
                failures.increment();
                log.warn("Sign-in failed for username '{}' from {} (failure {} for the account, {} for the address)",
                        printable(attempt.getName()), subjects.address(), failed.account().failures(),
                        failed.address().failures());
                reportLock(failed.account(), accountLocks, "account '" + printable(subjects.account()) + "'");
                reportLock(failed.address(), addressLocks, "address " + subjects.address());
                throw failed.exception();
            }
        };
    }

    private Outcome attempt(Authentication attempt, SignInSubjects subjects, AuthenticationProvider passwords,
            Instant now) {
        ThrottleState account = store.lock(ACCOUNT, subjects.account());
        ThrottleState address = store.lock(ADDRESS, subjects.address());
        Optional<Instant> heldUntil = Stream.of(policies.account().heldUntil(account, now),
                policies.address().heldUntil(address, now)).flatMap(Optional::stream).max(Instant::compareTo);
        if (heldUntil.isPresent()) {
            return new Outcome.Refused(heldUntil.get());
        }
        try {
            Authentication signed = passwords.authenticate(attempt);
            // only the account's count starts again: one good password must not clear an address's guesses
            store.forget(ACCOUNT, subjects.account());
            return new Outcome.Signed(signed);
        } catch (BadCredentialsException wrong) {
            ThrottleState accountNow = policies.account().afterFailure(account, now);
            ThrottleState addressNow = policies.address().afterFailure(address, now);
            store.save(ACCOUNT, subjects.account(), accountNow);
            store.save(ADDRESS, subjects.address(), addressNow);
            return new Outcome.Failed(wrong, accountNow, addressNow);
        }
    }

    private static void reportLock(ThrottleState state, Counter locks, String subject) {
        if (state.lockedUntil() != null) {
            locks.increment();
            log.warn("Sign-in locked for {} until {} after {} failures", subject, state.lockedUntil(), state.failures());
        }
    }

    /** What a username looks like in the log: no line breaks or other control characters, at most 100 characters. */
    static String printable(String username) {
        String shown = username.codePoints().map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return shown.length() > 100 ? shown.substring(0, 100) + "…" : shown;
    }

    private sealed interface Outcome {

        record Signed(Authentication authentication) implements Outcome {
        }

        record Refused(Instant until) implements Outcome {
        }

        record Failed(BadCredentialsException exception, ThrottleState account, ThrottleState address)
                implements Outcome {
        }
    }
}
