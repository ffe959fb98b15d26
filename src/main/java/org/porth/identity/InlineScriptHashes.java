package org.porth.identity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.communication.IndexHtmlResponse;
import org.jsoup.nodes.Element;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Vaadin's page starts with a few small scripts of its own written inline. Rather than allow every
 * inline script ({@code 'unsafe-inline'}), which would let a script that got into a page run, the
 * page's content security policy allows exactly those, by the SHA-256 hashes of the scripts in the
 * page as it is sent. Decision 0023.
 */
@Component
class InlineScriptHashes implements VaadinServiceInitListener {

    private static final String CONTENT_SECURITY_POLICY = "Content-Security-Policy";
    private static final String SCRIPT_SRC = "script-src";

    private final String contentSecurityPolicy;

    InlineScriptHashes(@Value("${porth.security.content-security-policy}") String contentSecurityPolicy) {
        this.contentSecurityPolicy = contentSecurityPolicy;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(this::allowItsInlineScripts);
    }

    private void allowItsInlineScripts(IndexHtmlResponse response) {
        List<String> hashes = response.getDocument().select("script:not([src])").stream()
                .map(Element::data)
                .map(InlineScriptHashes::hash)
                .distinct()
                .toList();
        response.getVaadinResponse().setHeader(CONTENT_SECURITY_POLICY,
                withScriptHashes(contentSecurityPolicy, hashes));
    }

    /** The policy with the hashes added to its script-src directive. */
    static String withScriptHashes(String policy, List<String> hashes) {
        if (hashes.isEmpty()) {
            return policy;
        }
        return Arrays.stream(policy.split(";"))
                .map(String::trim)
                .map(directive -> directive.startsWith(SCRIPT_SRC + " ")
                        ? directive + " " + String.join(" ", hashes) : directive)
                .collect(Collectors.joining("; "));
    }

    static String hash(String script) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(script.getBytes(StandardCharsets.UTF_8));
            return "'sha256-" + Base64.getEncoder().encodeToString(digest) + "'";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }
}
