package org.porth.resident;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porth.identity.CurrentUser;
import org.porth.identity.LanguagePreferences;
import org.porth.identity.Role;
import org.porth.identity.SignedInUser;
import org.porth.identity.SystemTask;
import org.porth.resident.internal.Resident;
import org.porth.resident.internal.ResidentAccounts;
import org.porth.resident.internal.ResidentRepository;
import org.porth.resident.internal.ResidentSearch;
import org.porth.resident.internal.ResidentValues;
import org.porth.shared.Language;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' records: a resident's own profile (My account, prefilled forms), and the records staff
 * find or create for a caller (assisted digital). Sharing a change is in {@link TellUsOnce}.
 * A resident reaches only their own record; staff reach any.
 */
@Service
public class ResidentProfiles {

    /** The most records an officer's search returns: enough to pick from, few enough to read. */
    public static final int FIND_LIMIT = 20;

    private final ResidentAccounts accounts;
    private final ResidentRepository residents;
    private final ResidentSearch search;
    private final CurrentUser currentUser;
    private final LanguagePreferences languages;
    private final Clock clock;

    ResidentProfiles(ResidentAccounts accounts, ResidentRepository residents, ResidentSearch search,
            CurrentUser currentUser, LanguagePreferences languages, Clock clock) {
        this.accounts = accounts;
        this.residents = residents;
        this.search = search;
        this.currentUser = currentUser;
        this.languages = languages;
        this.clock = clock;
    }

    /**
     * The signed-in resident's profile, made on first use from their sign-in (or, by the linking
     * rule in {@code ResidentAccounts}, the record an officer made for them).
     */
    @PreAuthorize("hasRole('RESIDENT')")
    public Profile current() {
        Optional<String> delegated = currentUser.actingForResident();
        if (delegated.isPresent()) {
            // an app the resident allowed acts for them: their record, never one made for the app
            return residents.findById(ResidentId.of(delegated.get()).value()).map(Resident::toProfile).orElseThrow();
        }
        SignedInUser user = signedIn();
        // read in the caller's transaction: a transaction of its own here would hold a second pooled
        // connection per request, and under load every connection would wait for another
        return accounts.find(user.id()).map(Resident::toProfile).orElseGet(() -> firstUse(user));
    }

    /** Made at sign-in (ResidentRecordAtSignIn); here only when a request comes first, as in tests. */
    private Profile firstUse(SignedInUser user) {
        try {
            return accounts.findOrCreate(user, currentUser.verifiedEmail(), language()).toProfile();
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException race) {
            // another request made or linked this account's record at the same moment: use that one
            return accounts.find(user.id()).orElseThrow(() -> race).toProfile();
        }
    }

    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR', 'ADMIN') or (hasRole('RESIDENT') and @residentAccess.isSelf(#id))")
    @Transactional(readOnly = true)
    public Optional<Profile> profile(ResidentId id) {
        return residents.findById(id.value()).map(Resident::toProfile);
    }

    /** How to reach the resident, for notifications only ({@link SystemTask#NOTIFY}): no one signed in reads it. */
    @PreAuthorize("hasAuthority('" + SystemTask.NOTIFY_AUTHORITY + "')")
    @Transactional(readOnly = true)
    public Optional<ResidentContact> contactForNotifications(ResidentId id) {
        return residents.findById(id.value()).map(Resident::toProfile).map(profile -> new ResidentContact(profile.id(),
                profile.email(), profile.phone(), profile.language(), profile.contactPreferences(), profile.hasAccount()));
    }

    /**
     * The resident behind a sign-in account (e.g. {@code resident:7f3c...}), found, linked or made as
     * at sign-in: for the tokens of an app the resident allowed to act for them, which name the
     * resident. Only the authorization server asks, as {@link SystemTask#API_TOKENS}.
     */
    @PreAuthorize("hasAuthority('" + SystemTask.API_TOKENS_AUTHORITY + "')")
    public ResidentId residentForAccount(String accountId, String name) {
        SignedInUser user = new SignedInUser(accountId, name, null, Set.of(Role.RESIDENT));
        try {
            return accounts.find(accountId)
                    .orElseGet(() -> accounts.findOrCreate(user, Optional.empty(), Language.ENGLISH)).toProfile().id();
        } catch (DataIntegrityViolationException | OptimisticLockingFailureException race) {
            return accounts.find(accountId).orElseThrow(() -> race).toProfile().id();
        }
    }

    /** The resident changes their own details (My account); nothing is shared with other services. */
    @PreAuthorize("hasRole('RESIDENT')")
    @Transactional
    public Profile update(ProfileChange change) {
        // a record made on first use is made in a transaction of its own: change it as read in this one
        Resident resident = residents.findById(current().id().value()).orElseThrow();
        resident.change(resident.values().apply(change).check(change.fields(), LocalDate.now(clock)), clock.instant());
        return resident.toProfile();
    }

    /** Residents whose name, email, phone or address contain every word of the query; at most {@link #FIND_LIMIT}. */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR')")
    public List<Profile> find(String query) {
        return search.find(query, FIND_LIMIT).stream().map(Resident::toProfile).toList();
    }

    /**
     * An officer records a caller the council does not know yet; the record notes the officer. An API
     * client sending a request with no resident's account records its contact the same way, noted
     * as the client: the linking rule gives it to them when they sign in with that verified email.
     */
    @PreAuthorize("hasAnyRole('CASEWORKER', 'SUPERVISOR') or hasAnyAuthority('SCOPE_requests:write', 'SCOPE_open311', '"
            + SystemTask.DEVICE_DEMO_AUTHORITY + "')")
    @Transactional
    public Profile createForCaller(NewResident caller) {
        ResidentValues values = ResidentValues.of(caller).check(EnumSet.allOf(ProfileField.class), LocalDate.now(clock));
        // the device demo has no one signed in: the record notes the task instead of an officer
        String recordedBy = currentUser.get().map(SignedInUser::id).orElse(SystemTask.DEVICE_DEMO.authority());
        return residents.save(Resident.forCaller(recordedBy, values, clock.instant())).toProfile();
    }

    /**
     * The record a report from an API or Open311 client belongs to, by its contact's email: the
     * resident who signed in with that verified email, so it shows in their My requests; else the
     * one record already made for that email with no account (their first sign-in takes it over);
     * else a new record for the contact, as {@link #createForCaller} makes one. Decision 0048.
     */
    @PreAuthorize("hasAnyAuthority('SCOPE_requests:write', 'SCOPE_open311')")
    @Transactional
    public ResidentId recordForReport(NewResident contact) {
        Optional<Resident> known = contact.email() == null || !ProfileRules.isEmail(contact.email())
                ? Optional.empty() : accounts.forContact(contact.email());
        return known.map(resident -> new ResidentId(resident.id()))
                .orElseGet(() -> createForCaller(contact).id());
    }

    /**
     * The language a new record starts with, as the portal's pages start (SignInSuccessHandler): the
     * one the resident chose, else the one their sign-in says, else their browser's.
     */
    private Language language() {
        return languages.current().or(currentUser::claimedLanguage)
                .orElseGet(() -> Language.of(LocaleContextHolder.getLocale()));
    }

    private SignedInUser signedIn() {
        return currentUser.get().orElseThrow();
    }
}
