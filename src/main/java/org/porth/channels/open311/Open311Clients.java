package org.porth.channels.open311;

import java.util.Optional;

/** Which Open311 client an {@code api_key} belongs to, if any may report with it (the {@code open311} scope). */
interface Open311Clients {

    /** @return the client's name; empty for a key that is unknown, revoked or without the scope */
    Optional<String> clientWithKey(String apiKey);
}
