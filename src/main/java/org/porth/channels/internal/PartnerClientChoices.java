package org.porth.channels.internal;

import java.util.Comparator;
import java.util.List;

import org.porth.channels.ApiClients;
import org.porth.integration.partners.PartnerClients;
import org.springframework.stereotype.Component;

/** The API clients an administrator can give a partner organisation: those not revoked, by name. */
@Component
class PartnerClientChoices implements PartnerClients {

    private final ApiClients clients;

    PartnerClientChoices(ApiClients clients) {
        this.clients = clients;
    }

    @Override
    public List<Choice> clients() {
        return clients.all().stream().filter(client -> !client.revoked())
                .sorted(Comparator.comparing(client -> client.name().toLowerCase()))
                .map(client -> new Choice(client.clientId(), client.name())).toList();
    }
}
