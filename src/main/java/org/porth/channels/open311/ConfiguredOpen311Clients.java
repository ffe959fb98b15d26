package org.porth.channels.open311;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Open311 clients from configuration, {@code porth.open311.clients.<name>=<SHA-256 of the key, hex>}:
 * only the key's hash is kept, so the configuration gives no key away. Until API clients are
 * registered by administrators (issue 14, section 1), this is how a council lets an app report.
 */
@Component
@ConfigurationProperties("porth.open311")
class ConfiguredOpen311Clients implements Open311Clients {

    private Map<String, String> clients = Map.of();

    public Map<String, String> getClients() {
        return clients;
    }

    public void setClients(Map<String, String> clients) {
        this.clients = Map.copyOf(clients);
    }

    @Override
    public Optional<String> clientWithKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        byte[] hash = sha256(apiKey);
        // every client is compared, all the way: how long it takes says nothing about the key
        Optional<String> found = Optional.empty();
        for (Map.Entry<String, String> client : clients.entrySet()) {
            if (MessageDigest.isEqual(hash, HexFormat.of().parseHex(client.getValue().strip().toLowerCase()))) {
                found = Optional.of(client.getKey());
            }
        }
        return found;
    }

    static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
