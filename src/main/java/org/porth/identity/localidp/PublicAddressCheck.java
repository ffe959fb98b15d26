package org.porth.identity.localidp;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The embedded provider and its demo accounts (published passwords, an administrator's among them)
 * are for a developer's machine: at any address but a loopback one the portal does not start, unless
 * the deployment says in so many words that it wants demo accounts on a public address.
 */
final class PublicAddressCheck {

    static final String OVERRIDE = "porth.local-idp.allow-demo-accounts-on-public-address";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private PublicAddressCheck() {
    }

    /** Throws {@link DemoAccountsOnPublicAddressException} unless the base URL is a loopback one or the override is set. */
    static void check(URI baseUrl, boolean allowedOnPublicAddress) {
        if (!allowedOnPublicAddress && !isLoopback(baseUrl)) {
            throw new DemoAccountsOnPublicAddressException(baseUrl);
        }
    }

    /** localhost, 127.0.0.0/8 or ::1; a name is never looked up, so only localhost itself counts. */
    static boolean isLoopback(URI url) {
        String host = url.getHost();
        if (host == null) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        boolean ipv6 = host.startsWith("[") && host.endsWith("]");
        if (!ipv6 && !IPV4.matcher(host).matches()) {
            return false;
        }
        try {
            return InetAddress.getByName(ipv6 ? host.substring(1, host.length() - 1) : host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Start-up refused; {@link DemoAccountsFailureAnalyzer} tells the operator what to do. */
    static final class DemoAccountsOnPublicAddressException extends IllegalStateException {

        private final URI baseUrl;

        DemoAccountsOnPublicAddressException(URI baseUrl) {
            super("The embedded sign-in provider, whose demo accounts have published passwords, is on, and porth.base-url ("
                    + baseUrl + ") is not a loopback address (localhost, 127.0.0.0/8, ::1). Porth does not start like this.");
            this.baseUrl = baseUrl;
        }

        URI baseUrl() {
            return baseUrl;
        }
    }
}
