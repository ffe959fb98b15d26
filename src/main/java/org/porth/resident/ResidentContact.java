package org.porth.resident;

import org.porth.shared.Language;

/**
 * How to reach a resident, and only that: what notifications need and nothing more of the profile.
 *
 * @param email may be null
 * @param phone may be null
 * @param hasAccount whether they sign in to the portal (and so can read in-portal notifications)
 */
public record ResidentContact(ResidentId id, String email, String phone, Language language,
        ContactPreferences preferences, boolean hasAccount) {
}
