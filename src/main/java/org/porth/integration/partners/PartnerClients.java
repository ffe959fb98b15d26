package org.porth.integration.partners;

import java.util.List;

/**
 * The API clients a partner can be given (implemented by channels, which keeps them; integration
 * does not depend on channels, whose API serves the partners' referrals).
 */
public interface PartnerClients {

    List<Choice> clients();

    /** An active API client: its id and the name it was registered with. */
    record Choice(String id, String name) {
    }
}
