package org.porth.resident.ui;

import java.util.EnumSet;
import java.util.Set;

import org.porth.resident.ContactPreferences;
import org.porth.resident.Profile;

/** A way of contact, and the detail of the profile it needs. */
enum ContactChannel {
    EMAIL("email"), TEXT_MESSAGE("text-message"), POST("post");

    private final String key;

    ContactChannel(String key) {
        this.key = key;
    }

    String labelKey() {
        return "my-account.contact." + key;
    }

    String missingKey() {
        return "my-account.contact-page." + key + "-missing";
    }

    boolean possibleFor(Profile profile) {
        return switch (this) {
            case EMAIL -> profile.email() != null;
            case TEXT_MESSAGE -> profile.phone() != null;
            case POST -> profile.address() != null;
        };
    }

    static Set<ContactChannel> chosenIn(ContactPreferences preferences) {
        Set<ContactChannel> chosen = EnumSet.noneOf(ContactChannel.class);
        if (preferences.email()) {
            chosen.add(EMAIL);
        }
        if (preferences.textMessage()) {
            chosen.add(TEXT_MESSAGE);
        }
        if (preferences.post()) {
            chosen.add(POST);
        }
        return chosen;
    }

    static ContactPreferences preferences(Set<ContactChannel> chosen) {
        return new ContactPreferences(chosen.contains(EMAIL), chosen.contains(TEXT_MESSAGE), chosen.contains(POST));
    }
}
