package org.porth.channels.open311;

import org.porth.catalogue.Open311Offer;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;

/**
 * What answers a question in an Open311 request: one of GeoReport's own fields, an attribute (its
 * code is the question id), or nothing Open311 can send (files, bookings, declarations).
 */
enum FieldRole {
    /** {@code lat}/{@code long}, {@code address_string}, {@code address_id} or {@code attribute[uprn]}. */
    LOCATION,
    EMAIL,
    PHONE,
    DESCRIPTION,
    ATTRIBUTE,
    NONE;

    /** The attribute code a UPRN comes in as, for a service with an address or location question. */
    static final String UPRN = "uprn";

    static FieldRole of(Question question, Open311Offer offer) {
        if (question.id().equals(offer.description())) {
            return DESCRIPTION;
        }
        return switch (question.type()) {
            case LOCATION, ADDRESS -> LOCATION;
            case EMAIL -> EMAIL;
            case UK_PHONE -> PHONE;
            case FILE_UPLOAD, BOOKING, DECLARATION -> NONE;
            default -> ATTRIBUTE;
        };
    }

    /** GeoReport's datatype for an attribute question. */
    static String datatype(QuestionType type) {
        return switch (type) {
            case LONG_TEXT -> "text";
            case NUMBER, MONEY -> "number";
            case DATE -> "datetime";
            case YES_NO, SINGLE_CHOICE -> "singlevaluelist";
            case MULTIPLE_CHOICE -> "multivaluelist";
            default -> "string";
        };
    }
}
