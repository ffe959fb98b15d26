package org.porth.integration.webhooks;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Keeps webhooks from being used to reach the council's own network (server-side request forgery): a URL
 * must be https and every address its host resolves to public, unless the host is allow-listed in
 * {@code porth.webhooks.allowed-hosts}. Checked when an endpoint is registered and again before every
 * delivery, since what a name resolves to can change.
 */
@Component
public class AddressGuard {

    private final WebhookProperties properties;

    AddressGuard(WebhookProperties properties) {
        this.properties = properties;
    }

    /** Why the URL may not be used (a message key of {@code integration-webhooks}), or empty when it may. */
    public Optional<String> refusal(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of("webhooks.url.wrong");
        }
        if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null || uri.getFragment() != null
                || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
            return Optional.of("webhooks.url.wrong");
        }
        if (properties.allowedHosts().contains(uri.getHost().toLowerCase())) {
            return Optional.empty();
        }
        if (!"https".equals(uri.getScheme())) {
            return Optional.of("webhooks.url.not-https");
        }
        try {
            for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
                if (!isPublic(address)) {
                    return Optional.of("webhooks.url.private");
                }
            }
            return Optional.empty();
        } catch (UnknownHostException e) {
            return Optional.of("webhooks.url.unknown-host");
        }
    }

    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress() || address.isLoopbackAddress() || address.isLinkLocalAddress()
                || address.isSiteLocalAddress() || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        int first = bytes[0] & 0xff;
        int second = bytes[1] & 0xff;
        if (address instanceof Inet6Address) {
            return (first & 0xfe) != 0xfc; // fc00::/7, unique local
        }
        return first != 0 && !(first == 100 && (second & 0xc0) == 64) // 0/8; 100.64/10, carrier-grade NAT
                && !(first == 198 && (second & 0xfe) == 18) && first < 240; // 198.18/15 benchmarks; 240/4 reserved
    }
}
