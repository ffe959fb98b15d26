package org.porth.e2e;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A small but real OpenID Connect provider for tests of the production jar, on a loopback port of
 * its own: the authorization code flow as GOV.UK One Login or Entra ID run it. It refuses what a
 * real provider refuses (an unknown client or redirect address, no PKCE, a wrong code verifier or
 * client secret, a code used twice), signs ID tokens with RS256 and a key published at the JWKS
 * address, and puts the client's nonce in them. Whoever the test says is at the provider signs in.
 */
final class TestOpenIdProvider implements AutoCloseable {

    record Client(String id, String secret, String redirectUri) {
    }

    /** A person with an account at the provider: their subject and the claims it tells about them. */
    record Account(String subject, Map<String, Object> claims) {
    }

    private record Grant(Client client, String redirectUri, String nonce, String codeChallenge, Account account) {
    }

    private final HttpServer server;
    private final RSAKey key;
    private final Map<String, Client> clients = new ConcurrentHashMap<>();
    private final Map<String, Grant> codes = new ConcurrentHashMap<>();
    private final Map<String, Account> accessTokens = new ConcurrentHashMap<>();
    private volatile Account signsInNext;

    private TestOpenIdProvider() throws IOException, JOSEException {
        key = new RSAKeyGenerator(2048).keyID(UUID.randomUUID().toString()).generate();
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/authorize", exchange -> answer(exchange, this::authorize));
        server.createContext("/token", exchange -> answer(exchange, this::token));
        server.createContext("/jwks", exchange -> answer(exchange, e -> json(e, 200, new JWKSet(key.toPublicJWK()).toJSONObject())));
        server.createContext("/userinfo", exchange -> answer(exchange, this::userInfo));
        server.createContext("/logout", exchange -> answer(exchange, this::logout));
        server.start();
    }

    static TestOpenIdProvider start() throws IOException, JOSEException {
        return new TestOpenIdProvider();
    }

    String issuer() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    void register(Client client) {
        clients.put(client.id(), client);
    }

    /** The person who signs in at the provider's next authorization request. */
    void signsInNext(Account account) {
        signsInNext = account;
    }

    private void authorize(HttpExchange exchange) throws IOException {
        Map<String, String> query = form(exchange.getRequestURI().getRawQuery());
        Client client = clients.get(query.get("client_id"));
        if (client == null || !client.redirectUri().equals(query.get("redirect_uri"))) {
            text(exchange, 400, "unknown client or redirect address"); // never redirect to an unknown address
            return;
        }
        if (!"code".equals(query.get("response_type")) || !"S256".equals(query.get("code_challenge_method"))
                || !List.of(query.getOrDefault("scope", "").split(" ")).contains("openid")
                || query.get("nonce") == null || signsInNext == null) {
            text(exchange, 400, "an OpenID Connect code request with PKCE (S256) and a nonce, and someone to sign in");
            return;
        }
        String code = UUID.randomUUID().toString();
        codes.put(code, new Grant(client, query.get("redirect_uri"), query.get("nonce"), query.get("code_challenge"),
                signsInNext));
        redirect(exchange, client.redirectUri() + "?code=" + code + "&state=" + encode(query.get("state")));
    }

    private void token(HttpExchange exchange) throws IOException, JOSEException {
        Client client = authenticatedClient(exchange);
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        Grant grant = form.get("code") == null ? null : codes.remove(form.get("code"));
        if (client == null) {
            json(exchange, 401, Map.of("error", "invalid_client"));
        } else if (grant == null || !grant.client().equals(client) || !"authorization_code".equals(form.get("grant_type"))
                || !grant.redirectUri().equals(form.get("redirect_uri"))
                || !grant.codeChallenge().equals(s256(form.getOrDefault("code_verifier", "")))) {
            json(exchange, 400, Map.of("error", "invalid_grant"));
        } else {
            String accessToken = UUID.randomUUID().toString();
            accessTokens.put(accessToken, grant.account());
            json(exchange, 200, Map.of("access_token", accessToken, "token_type", "Bearer", "expires_in", 300,
                    "scope", "openid profile email", "id_token", idToken(grant)));
        }
    }

    private String idToken(Grant grant) throws JOSEException {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(issuer())
                .subject(grant.account().subject()).audience(grant.client().id())
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("nonce", grant.nonce());
        grant.account().claims().forEach(claims::claim);
        SignedJWT token = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).build(),
                claims.build());
        token.sign(new RSASSASigner(key));
        return token.serialize();
    }

    private void userInfo(HttpExchange exchange) throws IOException {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        Account account = authorization == null || !authorization.startsWith("Bearer ") ? null
                : accessTokens.get(authorization.substring("Bearer ".length()));
        if (account == null) {
            json(exchange, 401, Map.of("error", "invalid_token"));
            return;
        }
        Map<String, Object> claims = new LinkedHashMap<>(account.claims());
        claims.put("sub", account.subject());
        json(exchange, 200, claims);
    }

    /** RP-initiated sign-out: back to the portal's registered address after signing out. */
    private void logout(HttpExchange exchange) throws IOException {
        String back = form(exchange.getRequestURI().getRawQuery()).get("post_logout_redirect_uri");
        if (back == null) {
            text(exchange, 200, "signed out");
        } else {
            redirect(exchange, back);
        }
    }

    private Client authenticatedClient(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Basic ")) {
            return null;
        }
        String[] idAndSecret = new String(Base64.getDecoder().decode(authorization.substring("Basic ".length())),
                StandardCharsets.UTF_8).split(":", 2);
        Client client = clients.get(URLDecoder.decode(idAndSecret[0], StandardCharsets.UTF_8));
        return client != null && idAndSecret.length == 2
                && client.secret().equals(URLDecoder.decode(idAndSecret[1], StandardCharsets.UTF_8)) ? client : null;
    }

    private static String s256(String verifier) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> form(String encoded) {
        Map<String, String> values = new HashMap<>();
        if (encoded != null && !encoded.isEmpty()) {
            for (String pair : encoded.split("&")) {
                String[] nameAndValue = pair.split("=", 2);
                values.put(URLDecoder.decode(nameAndValue[0], StandardCharsets.UTF_8),
                        nameAndValue.length == 2 ? URLDecoder.decode(nameAndValue[1], StandardCharsets.UTF_8) : "");
            }
        }
        return values;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value == null ? "" : value, StandardCharsets.UTF_8);
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(302, -1);
    }

    private static void json(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        send(exchange, status, JSONObjectUtils.toJSONString(new LinkedHashMap<>(body)));
    }

    private static void text(HttpExchange exchange, int status, String body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        send(exchange, status, body);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private interface Endpoint {
        void handle(HttpExchange exchange) throws IOException, JOSEException;
    }

    private static void answer(HttpExchange exchange, Endpoint endpoint) {
        try (exchange) {
            endpoint.handle(exchange);
        } catch (IOException | JOSEException | RuntimeException e) {
            throw new IllegalStateException("The test provider failed at " + exchange.getRequestURI(), e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
