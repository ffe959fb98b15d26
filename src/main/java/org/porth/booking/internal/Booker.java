package org.porth.booking.internal;

import java.util.Locale;

import org.porth.catalogue.Channel;
import org.porth.resident.Profile;
import org.porth.resident.ResidentId;

/**
 * Who a booking is for, and who made it.
 *
 * @param household the address a household limit counts by ({@link #householdOf})
 * @param ward      the ward of their address; null when not known
 * @param officerId the officer booking for a caller; null when residents book for themselves
 */
public record Booker(ResidentId resident, String household, String ward, Channel channel, String officerId) {

    public static Booker resident(Profile profile) {
        return new Booker(profile.id(), householdOf(profile), ward(profile), Channel.WEB, null);
    }

    public static Booker forCaller(Profile profile, Channel channel, String officerId) {
        return new Booker(profile.id(), householdOf(profile), ward(profile), channel, officerId);
    }

    /**
     * The household: the address's UPRN when it came from the gazetteer, else the address as typed
     * (postcode and first line), else the resident alone.
     */
    static String householdOf(Profile profile) {
        if (profile.address() == null) {
            return "resident:" + profile.id();
        }
        if (profile.address().uprn() != null) {
            return "uprn:" + profile.address().uprn();
        }
        return ("address:" + profile.address().postcode().value() + ":" + profile.address().line1())
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String ward(Profile profile) {
        return profile.address() == null ? null : profile.address().ward();
    }
}
