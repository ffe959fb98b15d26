package org.porth.browserless;

import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.mocks.MockRequest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.AfterEach;
import org.porth.shared.Language;
import org.porth.shared.LanguageChoice;
import org.porth.shared.Translations;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * A browserless view test on the whole portal (one Spring context, shared by every view test):
 * the real layouts, views, i18n provider, and Vaadin's navigation access control fed from Spring
 * Security's context. Sign in with {@link SignedIn} on the test, or with {@link #signIn} part way.
 */
@SpringBootTest
public abstract class PortalViewTest extends SpringBrowserlessTest {

    private static final String VIEWS = "org.porth";

    @Override
    protected Set<String> scanPackages() {
        return Set.of(VIEWS);
    }

    /** Belt and braces: whatever a test did, the next one starts signed out. */
    @AfterEach
    void signOutAfterTest() {
        SecurityContextHolder.clearContext();
    }

    /** The English text for a bundle key, as the portal shows it. */
    protected static String english(String key, Object... parameters) {
        return Translations.get(Language.ENGLISH, key, parameters);
    }

    protected static String welsh(String key, Object... parameters) {
        return Translations.get(Language.WELSH, key, parameters);
    }

    /** The person signs in and the page loads again, as it does at the end of a real sign-in. */
    protected void signIn(Authentication person) {
        SecurityContextHolder.getContext().setAuthentication(person);
        reload();
    }

    /**
     * Follows a language link: a full page load of the same page with {@code ?lang=}, which the
     * portal's language setup reads when it creates the new UI.
     */
    protected void chooseLanguage(Language language) {
        mockRequest().getParameters().put(LanguageChoice.PARAMETER, new String[] {language.code()});
        reload();
    }

    /** A full page load: Vaadin creates a new UI (and new layouts) for the same location. */
    protected void reload() {
        UI.getCurrent().getPage().reload();
    }

    /**
     * The address the page was sent to outside the Vaadin router ({@code Page.setLocation}, as
     * navigation access control does with a sign-in URL), or null. Read from the library's mock
     * page, which Spring browserless tests do not expose through their own API.
     */
    protected String pageLocation() {
        return com.vaadin.browserless.internal.MockPage.class.cast(UI.getCurrent().getPage())
                .getLastExternalNavigationURL();
    }

    /** All the text on the page (the UI element itself holds the page only as a virtual child). */
    protected static String pageText() {
        return UI.getCurrent().getChildren()
                .map(component -> component.getElement().getTextRecursively())
                .collect(Collectors.joining("\n"));
    }

    protected Component currentView() {
        return (Component) getCurrentView();
    }

    /**
     * Clicks as Vaadin handles a click from the browser: what the listener throws goes to the session's
     * error handler, which tells the visitor (a browserless click calls the listener directly, and
     * whatever it throws would reach the test instead).
     */
    protected void clickAsTheBrowserDoes(NativeButton button) {
        try {
            test(button).click();
        } catch (RuntimeException failed) {
            VaadinSession.getCurrent().getErrorHandler().error(new ErrorEvent(failed));
        }
    }

    private static MockRequest mockRequest() {
        ServletRequest request = ((VaadinServletRequest) VaadinRequest.getCurrent()).getHttpServletRequest();
        while (!(request instanceof MockRequest) && request instanceof ServletRequestWrapper wrapper) {
            request = wrapper.getRequest();
        }
        return (MockRequest) request;
    }
}
