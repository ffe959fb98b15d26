package org.porth.identity.localidp;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Who a sign-in attempt is counted against: the account named (whether it exists or not, so that
 * the throttle tells nobody which do) and the client's address. An IPv6 address counts as its /64
 * network, which one household or one attacker usually holds whole.
 *
 * @param account the username as the provider matches it (trimmed, lower case), at most 200 characters
 * @param address the client's IP address, or its IPv6 /64 network
 */
record SignInSubjects(String account, String address) {

    private static final int LONGEST = 200;
    /** An IPv4 or IPv6 literal, which InetAddress reads without asking DNS. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|[0-9a-fA-F:.]*:[0-9a-fA-F:.%\\w]*");

    static SignInSubjects of(Authentication attempt) {
        String remote = attempt.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : "unknown";
        return new SignInSubjects(account(attempt.getName()), network(remote));
    }

    static String account(String username) {
        String account = username.strip().toLowerCase(Locale.ROOT);
        return account.length() > LONGEST ? account.substring(0, LONGEST) : account;
    }

    static String network(String remoteAddress) {
        if (!IP_LITERAL.matcher(remoteAddress).matches()) {
            // not an address (the servlet container always gives one): counted as it is, never looked up
            return remoteAddress.length() > LONGEST ? remoteAddress.substring(0, LONGEST) : remoteAddress;
        }
        try {
            InetAddress address = InetAddress.getByName(remoteAddress);
            if (address instanceof Inet6Address && !address.isLoopbackAddress()) {
                byte[] network = Arrays.copyOf(address.getAddress(), 16);
                Arrays.fill(network, 8, 16, (byte) 0);
                return InetAddress.getByAddress(network).getHostAddress() + "/64";
            }
            return address.getHostAddress();
        } catch (UnknownHostException e) {
            return remoteAddress;
        }
    }
}
