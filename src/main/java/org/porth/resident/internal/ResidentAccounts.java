package org.porth.resident.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.porth.identity.SignedInUser;
import org.porth.resident.PersonName;
import org.porth.resident.ProfileRules;
import org.porth.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finds the resident behind a sign-in account, and makes one on first use.
 * <p>
 * <b>The linking rule.</b> When an account signs in for the first time and its sign-in service
 * says it has <em>verified</em> the account's email address, and exactly one record that an officer
 * made for a caller has that email address and no account yet, the account takes over that record
 * (its details, and the requests made for the caller). With no such record, or with more than one
 * (which one would be a guess), a new record is made from the sign-in's name and email.
 * <p>
 * <b>The risk.</b> The match trusts the email address an officer typed. If they typed someone
 * else's address (a slip, or a caller giving an address that is not theirs), the owner of that
 * address gets the caller's record when they first sign in: name, date of birth, address, phone
 * and requests. Officers should read the email address back to the caller; each link is logged
 * and its time kept ({@code linked_at}) so that a wrong link can be found and undone.
 */
@Component
public class ResidentAccounts {

    private static final Logger log = LoggerFactory.getLogger(ResidentAccounts.class);

    private final ResidentRepository residents;
    private final Clock clock;

    ResidentAccounts(ResidentRepository residents, Clock clock) {
        this.residents = residents;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<Resident> find(String accountId) {
        return residents.findByAccountId(accountId);
    }

    /**
     * The account's resident, linked or made now. Two first requests at once can both try to make
     * one; the unique account column lets one win, and the caller retries the other (see ResidentProfiles).
     */
    // in a transaction of its own: a caller's read-only transaction would otherwise drop the new record
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Resident findOrCreate(SignedInUser user, Optional<String> verifiedEmail, Language language) {
        return residents.findByAccountId(user.id())
                .or(() -> verifiedEmail.flatMap(email -> linkCallerRecord(user.id(), email)))
                .orElseGet(() -> residents.save(Resident.signedIn(user.id(), ResidentValues.fromSignIn(
                        PersonName.fromDisplayName(user.name()), usableEmail(user.email()), language),
                        clock.instant())));
    }

    /** Notes the email this sign-in verified, or that it verified none (decision 0048). */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void signedInWith(String accountId, Optional<String> verifiedEmail) {
        residents.findByAccountId(accountId).ifPresent(resident -> resident.signedInWith(
                verifiedEmail.filter(ProfileRules::isEmail).map(ProfileRules::normaliseEmail).orElse(null)));
    }

    /**
     * The record a report naming this contact email belongs to (decision 0048): the one resident whose
     * sign-in verified it; else the one record made for a caller or a report with it and no account
     * yet, which their first sign-in takes over; else none, and a new record is made. Two of either
     * would be a guess: none.
     */
    @Transactional(readOnly = true)
    public Optional<Resident> forContact(String email) {
        String normalised = ProfileRules.normaliseEmail(email);
        List<Resident> verified = residents.findByVerifiedEmailAndAccountIdIsNotNull(normalised);
        if (!verified.isEmpty()) {
            return verified.size() == 1 ? Optional.of(verified.getFirst()) : Optional.empty();
        }
        List<Resident> unclaimed = residents.findByEmailAndAccountIdIsNullAndCreatedBy(normalised, Resident.CreatedBy.OFFICER);
        return unclaimed.size() == 1 ? Optional.of(unclaimed.getFirst()) : Optional.empty();
    }

    private Optional<Resident> linkCallerRecord(String accountId, String email) {
        List<Resident> matches = residents.findByEmailAndAccountIdIsNullAndCreatedBy(
                ProfileRules.normaliseEmail(email), Resident.CreatedBy.OFFICER);
        if (matches.size() != 1) {
            if (matches.size() > 1) {
                log.info("Sign-in {} matches {} caller records by email: not linked, a new record is made",
                        accountId, matches.size());
            }
            return Optional.empty();
        }
        Resident record = matches.getFirst();
        record.linkTo(accountId, clock.instant());
        log.info("Sign-in {} linked by verified email to resident {} recorded by officer {}",
                accountId, record.id(), record.createdByOfficer());
        return Optional.of(record);
    }

    private static String usableEmail(String email) {
        return ProfileRules.isEmail(email) ? ProfileRules.normaliseEmail(email) : null;
    }
}
