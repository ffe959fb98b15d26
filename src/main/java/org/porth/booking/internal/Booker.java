package org.porth.booking.internal;

import java.util.Locale;

import org.porth.catalogue.Channel;
import org.porth.resident.Profile;
import org.porth.resident.ResidentAddress;
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
        return forCaller(profile, Channel.WEB, null);
    }

    public static Booker forCaller(Profile profile, Channel channel, String officerId) {
        return new Booker(profile.id(), householdOf(profile.id(), profile.address()), ward(profile.address()), channel,
                officerId);
    }

    /**
     * The same booker for another address, such as a form's collection address: its ward picks the
     * round and it is the household a limit counts by, whatever the resident's record says.
     */
    public Booker at(ResidentAddress address) {
        return new Booker(resident, householdOf(resident, address), ward(address), channel, officerId);
    }

    /**
     * The household: the address's UPRN when it came from the gazetteer, else the address as typed
     * (postcode and first line), else the resident alone.
     */
    static String householdOf(ResidentId resident, ResidentAddress address) {
        if (address == null) {
            return "resident:" + resident;
        }
        if (address.uprn() != null) {
            return "uprn:" + address.uprn();
        }
        return ("address:" + address.postcode().value() + ":" + address.line1())
                .toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static String ward(ResidentAddress address) {
        return address == null ? null : address.ward();
    }
}
