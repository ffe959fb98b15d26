package org.porth.identity.localidp;

import static org.porth.identity.localidp.LocalIdpLoginPage.escape;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.porth.identity.DemoAccounts;
import org.porth.shared.Council;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;
import org.porth.shared.Translations;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The embedded provider's sign-in page, in the visitor's language, with GOV.UK-style errors (a
 * sign-in held back by the throttle says how long to wait) and the demo accounts' warning.
 */
@Controller
@Profile("!prod")
class LocalIdpLoginController {

    private static final List<String> FIELDS = List.of("username", "password");

    private final Council council;
    private final LocalIdpProperties properties;
    private final DemoAccounts demoAccounts;

    LocalIdpLoginController(Council council, LocalIdpProperties properties, DemoAccounts demoAccounts) {
        this.council = council;
        this.properties = properties;
        this.demoAccounts = demoAccounts;
    }

    @GetMapping(value = LocalIdpConfiguration.LOGIN_PAGE, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String loginPage(@RequestParam(name = "error", required = false) List<String> errors,
            @RequestParam(name = "username", required = false) String username,
            @RequestParam(name = LocalIdpLoginFailureHandler.RETRY_AFTER, required = false) Long retryAfterSeconds,
            CsrfToken csrf, HttpServletRequest request) {
        Language language = LanguageChoice.resolve(request);
        List<String> problems = errors == null ? List.of() : errors;
        var page = new LocalIdpLoginPage()
                .text("lang", language.code())
                .text("otherLang", language.other().code())
                .text("otherLanguageName", t(language.other(), "language.name"))
                .text("title", (problems.isEmpty() ? "" : t(language, "error.title-prefix") + " ")
                        + t(language, "idp.title") + " – " + council.name(language))
                .text("favicon", "/themes/porth/favicon.svg")
                .text("brandColour", council.primaryColour())
                .text("logo", "/" + council.logo())
                .text("councilName", council.name(language))
                .text("skipLink", t(language, "shell.skip-link"))
                .text("languageNavLabel", t(language, "shell.language-nav"))
                .text("caption", t(language, "idp.caption"))
                .text("heading", t(language, "idp.heading"))
                .text("csrfName", csrf.getParameterName())
                .text("csrfToken", csrf.getToken())
                .text("usernameLabel", t(language, "idp.username"))
                .text("passwordLabel", t(language, "idp.password"))
                .text("username", username)
                .text("submit", t(language, "idp.submit"))
                .text("demoSummary", t(language, "idp.demo.summary"))
                .text("demoIntro", t(language, "idp.demo.intro"))
                .text("demoUsername", t(language, "idp.demo.username"))
                .text("demoName", t(language, "idp.demo.name"))
                .text("demoRole", t(language, "idp.demo.role"))
                .text("footerText", t(language, "idp.footer"))
                .html("demoBanner", demoAccounts.exist() ? demoBanner(language) : "")
                .html("errorSummary", errorSummary(language, problems, retryAfterSeconds))
                .html("demoRows", demoRows(language));
        for (String field : FIELDS) {
            Optional<String> error = fieldError(field, problems);
            page.text(field + "GroupClass", error.isPresent() ? " porth-form-group--error" : "")
                    .html(field + "Error", error.map(key -> fieldErrorMarkup(language, field, key)).orElse(""))
                    .html(field + "DescribedBy", error.isPresent() ? " aria-describedby=\"" + field
                            + "-error\" aria-invalid=\"true\"" : "");
        }
        return page.render();
    }

    /** The error for a field: its own, or for the username, the wrong-credentials one. */
    private static Optional<String> fieldError(String field, List<String> problems) {
        if (problems.contains(field)) {
            return Optional.of("idp.error." + field);
        }
        boolean credentials = field.equals("username") && problems.contains(LocalIdpLoginFailureHandler.BAD_CREDENTIALS);
        return credentials ? Optional.of("idp.error.credentials") : Optional.empty();
    }

    private static String errorSummary(Language language, List<String> problems, Long retryAfterSeconds) {
        if (problems.isEmpty()) {
            return "";
        }
        String items = FIELDS.stream()
                .flatMap(field -> fieldError(field, problems).stream()
                        .map(key -> summaryItem(field, t(language, key))))
                .collect(Collectors.joining());
        if (problems.contains(LocalIdpLoginFailureHandler.TOO_MANY)) {
            // not one field's fault: the link leads back to the start of the form
            items += summaryItem("username", t(language, "idp.error.too-many", waitText(language, retryAfterSeconds)));
        }
        return "<div class=\"porth-error-summary\" aria-labelledby=\"error-summary-title\" role=\"alert\" tabindex=\"-1\">"
                + "<h2 class=\"porth-error-summary__title\" id=\"error-summary-title\">"
                + escape(t(language, "error.summary-title")) + "</h2>"
                + "<ul class=\"porth-error-summary__list\">" + items + "</ul></div>"
                + "<script>document.querySelector('.porth-error-summary').focus();</script>";
    }

    private static String summaryItem(String field, String text) {
        return "<li><a href=\"#" + field + "\">" + escape(text) + "</a></li>";
    }

    /** The wait in words: seconds under a minute, else whole minutes rounded up (at least a second). */
    private static String waitText(Language language, Long seconds) {
        long wait = seconds == null ? 1 : Math.max(1, seconds);
        if (wait < 60) {
            return wait == 1 ? t(language, "time.one-second") : t(language, "time.seconds", wait);
        }
        long minutes = (wait + 59) / 60;
        return minutes == 1 ? t(language, "time.one-minute") : t(language, "time.minutes", minutes);
    }

    /** The warning every page shows while demo accounts exist (as shell's DemoAccountsBanner does in the portal). */
    private static String demoBanner(Language language) {
        return "<section class=\"porth-demo-banner\" aria-label=\"" + escape(t(language, "demo-banner.label"))
                + "\"><p class=\"porth-demo-banner__text\"><strong><span class=\"porth-visually-hidden\">"
                + escape(t(language, "demo-banner.prefix")) + " </span>" + escape(t(language, "demo-banner.text"))
                + "</strong></p></section>";
    }

    private static String fieldErrorMarkup(Language language, String field, String key) {
        return "<p class=\"porth-error-message\" id=\"" + field + "-error\"><span class=\"porth-visually-hidden\">"
                + escape(t(language, "error.prefix")) + "</span> " + escape(t(language, key)) + "</p>";
    }

    private String demoRows(Language language) {
        return properties.accounts().stream()
                .map(account -> "<tr><td>" + escape(account.username()) + "</td><td>" + escape(account.name())
                        + "</td><td>" + escape(role(language, account)) + "</td></tr>")
                .collect(Collectors.joining());
    }

    private static String role(Language language, LocalIdpProperties.Account account) {
        String welshSpeaking = account.locale().equals(Language.WELSH.code()) ? " " + t(language, "idp.demo.welsh") : "";
        if (account.roles().isEmpty()) {
            return t(language, "role.RESIDENT") + welshSpeaking;
        }
        return account.roles().stream().map(role -> t(language, "role." + role)).collect(Collectors.joining(", "));
    }

    private static String t(Language language, String key, Object... parameters) {
        return Translations.get(language, key, parameters);
    }
}
