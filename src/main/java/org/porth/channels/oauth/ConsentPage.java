package org.porth.channels.oauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.porth.channels.ApiScope;
import org.porth.channels.internal.ApiClientRow;
import org.porth.channels.internal.ApiClientStore;
import org.porth.shared.Council;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;
import org.porth.shared.Translations;
import org.springframework.core.io.ClassPathResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/**
 * The page where a resident allows an app to act for them, or not: the app's name and what it may
 * do in plain words, in English or Welsh. Its buttons answer the authorization server, which checks
 * the sign-in and the request's state; the page itself shows only what the app is and asks for.
 */
@Controller
class ConsentPage {

    private static final String TEMPLATE = load();

    private final ApiClientStore clients;
    private final Council council;

    ConsentPage(ApiClientStore clients, Council council) {
        this.clients = clients;
        this.council = council;
    }

    @GetMapping(value = AuthorizationServerConfiguration.CONSENT_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    ResponseEntity<String> consent(@RequestParam(name = "client_id", required = false) String clientId,
            @RequestParam(name = "scope", required = false) String scope,
            @RequestParam(name = "state", required = false) String state, HttpServletRequest request) {
        Optional<ApiClientRow> client = clientId == null ? Optional.empty() : clients.findActive(clientId);
        if (client.isEmpty() || state == null) {
            return ResponseEntity.notFound().build();
        }
        Language language = LanguageChoice.resolve(request);
        List<ApiScope> asked = Arrays.stream(scope == null ? new String[0] : scope.split(" "))
                .flatMap(value -> ApiScope.of(value).stream()).filter(client.get().scopeSet()::contains).sorted().toList();
        String app = client.get().name();
        Map<String, String> slots = Map.ofEntries(
                Map.entry("lang", language.code()),
                Map.entry("title", escape(t(language, "consent.title", app) + " – " + council.name(language))),
                Map.entry("favicon", "/themes/porth/favicon.svg"),
                Map.entry("brandColour", escape(council.primaryColour())),
                Map.entry("logo", escape("/" + council.logo())),
                Map.entry("councilName", escape(council.name(language))),
                Map.entry("skipLink", escape(t(language, "shell.skip-link"))),
                Map.entry("languageNavLabel", escape(t(language, "shell.language-nav"))),
                Map.entry("otherLang", language.other().code()),
                Map.entry("otherLanguageName", escape(t(language.other(), "language.name"))),
                Map.entry("otherLanguageHref", escape(AuthorizationServerConfiguration.CONSENT_PAGE + "?"
                        + LanguageChoice.PARAMETER + "=" + language.other().code() + "&client_id=" + encode(clientId)
                        + "&scope=" + encode(scope == null ? "" : scope) + "&state=" + encode(state))),
                Map.entry("heading", escape(t(language, "consent.title", app))),
                Map.entry("intro", escape(t(language, "consent.intro", app))),
                Map.entry("scopes", asked.stream().map(each -> "<li>" + escape(t(language, each.plainWordsKey())) + "</li>")
                        .collect(Collectors.joining())),
                Map.entry("removeLater", escape(t(language, "consent.remove-later"))),
                Map.entry("clientId", escape(clientId)),
                Map.entry("state", escape(state)),
                Map.entry("scopeInputs", asked.stream()
                        .map(each -> "<input type=\"hidden\" name=\"scope\" value=\"" + escape(each.value()) + "\">")
                        .collect(Collectors.joining())),
                Map.entry("allow", escape(t(language, "consent.allow"))),
                Map.entry("deny", escape(t(language, "consent.deny"))),
                Map.entry("footerText", escape(t(language, "consent.footer"))));
        String page = TEMPLATE;
        for (var slot : slots.entrySet()) {
            page = page.replace("${" + slot.getKey() + "}", slot.getValue());
        }
        return ResponseEntity.ok(page);
    }

    private static String t(Language language, String key, Object... parameters) {
        return Translations.get(language, key, parameters);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static String load() {
        try {
            return new ClassPathResource("channels/consent.html").getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
