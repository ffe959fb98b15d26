package org.porth.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Someone visiting the running portal without a browser: plain HTTP that asks for pages as a browser
 * does, with cookies of its own, and sees every redirect rather than following it unasked. It signs
 * in through the embedded provider's form, so tests can look at sessions, tokens and redirects.
 */
final class HttpVisitor {

    static final String SESSION_COOKIE = "JSESSIONID";
    private static final int MOST_REDIRECTS = 10;
    private static final int RAW_TIMEOUT_MILLIS = 10_000;
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern PAGE_TOKEN = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    /** One response, and the address it answered. */
    record Answer(URI uri, int status, HttpHeaders headers, String body) {

        Optional<String> location() {
            return headers.firstValue("Location");
        }

        boolean isRedirect() {
            return status / 100 == 3 && location().isPresent();
        }

        @Override
        public String toString() {
            return status + " " + uri + location().map(to -> " -> " + to).orElse("");
        }
    }

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final Map<String, String> cookies = new LinkedHashMap<>();
    private final URI base;

    HttpVisitor(String baseUrl) {
        this.base = URI.create(baseUrl);
    }

    Answer get(String pathOrUrl) {
        return send(request(pathOrUrl).GET());
    }

    /** A request to an address of the portal, to finish and {@link #send}. */
    HttpRequest.Builder request(String pathOrUrl) {
        return HttpRequest.newBuilder(resolve(pathOrUrl));
    }

    /** A form sent as a browser sends it. */
    Answer post(String path, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(field -> encode(field.getKey()) + "=" + encode(field.getValue()))
                .collect(Collectors.joining("&"));
        return send(request(path)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Any request, with this visitor's cookies; the cookies it sets are kept. */
    Answer send(HttpRequest.Builder request) {
        if (!cookies.isEmpty()) {
            request.header("Cookie", cookieHeader());
        }
        request.setHeader("Accept", "text/html,application/xhtml+xml,*/*;q=0.8");
        try {
            HttpResponse<String> response = http.send(request.build(), BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").forEach(this::keep);
            return new Answer(response.uri(), response.statusCode(), response.headers(), response.body());
        } catch (IOException e) {
            throw new IllegalStateException("The portal did not answer " + request.build().uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * A GET with the request target exactly as written, even one that no URI class would build (a
     * malformed escape), over a plain socket; the body as it came (possibly in chunks).
     */
    Answer raw(String requestTarget) {
        try (Socket socket = new Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(RAW_TIMEOUT_MILLIS);
            String cookieLine = cookies.isEmpty() ? "" : "Cookie: " + cookieHeader() + "\r\n";
            socket.getOutputStream().write(("GET " + requestTarget + " HTTP/1.1\r\nHost: " + base.getAuthority()
                    + "\r\nAccept: text/html\r\nConnection: close\r\n" + cookieLine + "\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            String[] response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                    .split("\r\n\r\n", 2);
            String[] lines = response[0].split("\r\n");
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                int colon = line.indexOf(':');
                headers.computeIfAbsent(line.substring(0, colon).strip(), name -> new ArrayList<>())
                        .add(line.substring(colon + 1).strip());
            }
            return new Answer(base, Integer.parseInt(lines[0].split(" ")[1]), HttpHeaders.of(headers, (name, value) -> true),
                    response.length > 1 ? response[1] : "");
        } catch (IOException e) {
            throw new IllegalStateException("The portal did not answer " + requestTarget, e);
        }
    }

    /**
     * The first answer and every redirect after it, as a browser would follow them (GET), up to one
     * that leaves the portal: that one is never followed, and a test can see where it would go.
     */
    List<Answer> follow(Answer first) {
        List<Answer> answers = new ArrayList<>(List.of(first));
        for (Answer last = first; last.isRedirect() && isPortal(target(last)); ) {
            assertThat(answers).as("redirects in a row").hasSizeLessThan(MOST_REDIRECTS);
            last = send(HttpRequest.newBuilder(target(last)).GET());
            answers.add(last);
        }
        return answers;
    }

    /**
     * Where a redirect sends the browser, resolved as a browser resolves it (the WHATWG URL rules): tabs
     * and line breaks dropped, a backslash read as a slash, and what a URI may not hold as it is, such
     * as braces, escaped.
     */
    static URI target(Answer redirect) {
        StringBuilder location = new StringBuilder();
        for (byte b : redirect.location().orElseThrow().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xff);
            if (c == '\\') {
                location.append('/');
            } else if (c > ' ' && c < 0x7f && "{}|^`<>\"".indexOf(c) < 0) {
                location.append(c);
            } else if (c != '\t' && c != '\n' && c != '\r') {
                location.append("%%%02X".formatted(b & 0xff));
            }
        }
        return redirect.uri().resolve(location.toString());
    }

    boolean isPortal(URI uri) {
        return base.getScheme().equals(uri.getScheme()) && base.getHost().equals(uri.getHost())
                && base.getPort() == uri.getPort();
    }

    /**
     * Signs in through the embedded provider's form from the page asked for (e.g. {@code /sign-in} or
     * {@code /staff}); every answer on the way, the last being the page the person is returned to.
     */
    List<Answer> signIn(String from, String username) {
        List<Answer> toTheForm = follow(get(from));
        Answer form = toTheForm.getLast();
        assertThat(form.uri().getPath()).as("the sign-in form, after %s", toTheForm).isEqualTo("/idp/login");
        List<Answer> back = follow(post("/idp/login",
                Map.of("username", username, "password", "demo", "_csrf", formToken(form.body()))));
        assertThat(back.getLast().status()).as("signed in and back: %s", back).isEqualTo(200);
        List<Answer> all = new ArrayList<>(toTheForm);
        all.addAll(back);
        return all;
    }

    String sessionId() {
        return cookies.get(SESSION_COOKIE);
    }

    /** Takes on a session by its id, as someone would who copied or planted the cookie. */
    void useSession(String sessionId) {
        cookies.put(SESSION_COOKIE, sessionId);
    }

    /** The token of a form on a plain HTML page, such as the provider's sign-in form. */
    static String formToken(String page) {
        return token(FORM_TOKEN, page);
    }

    /** The token a portal page carries for its own requests (Spring Security's, in a meta element). */
    static String pageToken(String page) {
        return token(PAGE_TOKEN, page);
    }

    private static String token(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
        return matcher.group(1);
    }

    private String cookieHeader() {
        return cookies.entrySet().stream().map(cookie -> cookie.getKey() + "=" + cookie.getValue())
                .collect(Collectors.joining("; "));
    }

    private void keep(String setCookie) {
        String pair = setCookie.split(";", 2)[0];
        int equals = pair.indexOf('=');
        String name = pair.substring(0, equals).strip();
        String value = pair.substring(equals + 1).strip();
        boolean expired = value.isEmpty() || setCookie.toLowerCase().contains("max-age=0");
        if (expired) {
            cookies.remove(name);
        } else {
            cookies.put(name, value);
        }
    }

    /** A path is taken as it is written, so that {@code //evil.example} stays a path on the portal. */
    private URI resolve(String pathOrUrl) {
        return URI.create(pathOrUrl.startsWith("/") ? base + pathOrUrl : pathOrUrl);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
