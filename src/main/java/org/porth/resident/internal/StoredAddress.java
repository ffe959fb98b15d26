package org.porth.resident.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

import org.porth.resident.ResidentAddress;
import org.porth.shared.Postcode;

/** A resident's address in its columns; Hibernate reads all-null columns as no address (null). */
@Embeddable
public class StoredAddress {

    @Column(name = "address_uprn")
    private String uprn;
    @Column(name = "address_line1")
    private String line1;
    @Column(name = "address_line2")
    private String line2;
    @Column(name = "address_town")
    private String town;
    @Column(name = "address_postcode")
    private String postcode;
    @Column(name = "address_ward")
    private String ward;

    protected StoredAddress() {
    }

    /** Null for no address. */
    static StoredAddress of(ResidentAddress address) {
        if (address == null) {
            return null;
        }
        StoredAddress stored = new StoredAddress();
        stored.uprn = address.uprn();
        stored.line1 = address.line1();
        stored.line2 = address.line2();
        stored.town = address.town();
        stored.postcode = address.postcode().value();
        stored.ward = address.ward();
        return stored;
    }

    ResidentAddress toAddress() {
        return new ResidentAddress(uprn, line1, line2, town, new Postcode(postcode), ward);
    }
}
