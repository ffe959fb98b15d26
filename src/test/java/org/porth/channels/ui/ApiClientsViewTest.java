package org.porth.channels.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.channels.ApiClients;
import org.porth.channels.ApiScope;
import org.porth.identity.Role;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The API clients pages: an administrator registers a client and sees its secret once, makes a new
 * secret, revokes it, and sees each change in its audit log; bad input is named at the field and in
 * the summary; no one else opens the pages.
 */
class ApiClientsViewTest extends PortalViewTest {

    private final String name = "Fix my street " + UUID.randomUUID().toString().substring(0, 8);

    @Autowired
    private JdbcTemplate jdbc;

    @Test
    void anAdministratorRegistersAClientAndSeesItsSecretOnlyOnce() {
        openAsAdministrator();

        registerClient();

        String clientId = text("issued-client-id");
        String secret = text("issued-secret");
        assertThat(secret).hasSizeGreaterThanOrEqualTo(43);
        assertThat(find(Div.class).withId("api-client-secret").single().getElement().getTextRecursively())
                .contains("Client registered", "It will not be shown again.");
        String stored = jdbc.queryForObject("select secret_hash from api_client where client_id = ?", String.class, clientId);
        assertThat(stored).as("only a hash is kept").startsWith("{bcrypt}").doesNotContain(secret);
        assertThat(find(NativeTable.class).from(find(Div.class).withId("api-clients").single()).single()
                .getElement().getTextRecursively()).contains(name, clientId, "requests:write open311", "600", "Active");

        assertThat(find(Anchor.class).withText(name).single().getHref()).isEqualTo("staff/admin/api-clients/" + clientId);
        UI.getCurrent().navigate("staff/admin/api-clients/" + clientId);
        assertThat(find(Span.class).withId("issued-secret").exists()).as("not on the client's page").isFalse();
        navigate(ApiClientsView.class);
        assertThat(find(Span.class).withId("issued-secret").exists()).as("not shown again").isFalse();
    }

    @Test
    void aMissingScopeAndAWrongRateLimitAreNamedAtTheFieldAndInTheSummaryKeepingWhatWasTyped() {
        openAsAdministrator();
        field(ApiClients.NAME_FIELD).setValue(name);
        field(ApiClients.OWNER_FIELD).setValue("digital@porth.example.gov.uk");

        click("register-api-client");

        String noScope = "Choose at least one thing the client may do";
        assertThat(scopes().isInvalid()).isTrue();
        assertThat(scopes().getErrorMessage()).isEqualTo(noScope);
        assertThat(summaryLinks()).containsExactly(noScope);

        scopes().setValue(Set.of(ApiScope.REQUESTS_READ));
        field(ApiClients.RATE_LIMIT_FIELD).setValue("lots");
        click("register-api-client");

        String wrongRate = "Enter the rate limit as a whole number from 1 to 100000";
        assertThat(field(ApiClients.RATE_LIMIT_FIELD).getErrorMessage()).isEqualTo(wrongRate);
        assertThat(summaryLinks()).containsExactly(wrongRate);
        assertThat(field(ApiClients.NAME_FIELD).getValue()).isEqualTo(name);
        assertThat(find(Span.class).withId("issued-secret").exists()).isFalse();
    }

    @Test
    void anAdministratorMakesANewSecretThenRevokesTheClientAndEachChangeIsInItsAuditLog() {
        openAsAdministrator();
        registerClient();
        String clientId = text("issued-client-id");
        String firstSecret = text("issued-secret");
        UI.getCurrent().navigate("staff/admin/api-clients/" + clientId);

        field(ApiClients.GRACE_FIELD).setValue("48");
        click("rotate-secret");

        assertThat(text("issued-secret")).isNotEqualTo(firstSecret);
        assertThat(table("api-client-details")).contains("Previous secret works until");
        assertThat(table("api-client-details")).doesNotContain("No previous secret works");

        click("revoke-client");

        assertThat(find(Div.class).withId("api-client-notice").single().getElement().getTextRecursively())
                .isEqualTo("Revoked. The client's secrets and tokens no longer work.");
        assertThat(table("api-client-details")).contains("Revoked", "No previous secret works");
        assertThat(find(NativeButton.class).withId("rotate-secret").exists()).isFalse();
        assertThat(table("api-client-audit")).contains("Registered", "New secret made", "Revoked",
                "previous secret works for 48 hours", "staff:" /* the administrator's account, as the portal names it */);
    }

    @Test
    void aWrongGracePeriodIsNamedAtTheField() {
        openAsAdministrator();
        registerClient();
        UI.getCurrent().navigate("staff/admin/api-clients/" + text("issued-client-id"));

        field(ApiClients.GRACE_FIELD).setValue("1000");
        click("rotate-secret");

        String message = "Enter the hours as a whole number from 0 to 720";
        assertThat(field(ApiClients.GRACE_FIELD).getErrorMessage()).isEqualTo(message);
        assertThat(summaryLinks()).containsExactly(message);
        assertThat(find(Span.class).withId("issued-secret").exists()).isFalse();
    }

    @Test
    void anAdministratorChangesAClientsNameOwnerScopesAndRateLimitButNotItsSecretAndTheChangeIsAudited() {
        openAsAdministrator();
        registerClient();
        String clientId = text("issued-client-id");
        String secretHash = jdbc.queryForObject("select secret_hash from api_client where client_id = ?", String.class,
                clientId);
        UI.getCurrent().navigate("staff/admin/api-clients/" + clientId);
        assertThat(field(ApiClients.NAME_FIELD).getValue()).as("filled in as it is").isEqualTo(name);
        assertThat(scopes().getValue()).containsExactlyInAnyOrder(ApiScope.REQUESTS_WRITE, ApiScope.OPEN311);

        field(ApiClients.NAME_FIELD).setValue(name + " Cymru");
        field(ApiClients.OWNER_FIELD).setValue("api@porth.example.gov.uk");
        scopes().setValue(Set.of(ApiScope.REQUESTS_WRITE, ApiScope.REQUESTS_READ));
        field(ApiClients.RATE_LIMIT_FIELD).setValue("120");
        click("change-client");

        assertThat(find(Div.class).withId("api-client-notice").single().getElement().getTextRecursively())
                .startsWith("Changes saved.");
        assertThat(table("api-client-details")).contains("api@porth.example.gov.uk", "requests:write requests:read", "120");
        assertThat(table("api-client-audit")).contains("Details changed", "name: " + name + " → " + name + " Cymru",
                "scopes: requests:write open311 → requests:write requests:read", "rate limit: 600/min → 120/min");
        assertThat(jdbc.queryForObject("select secret_hash from api_client where client_id = ?", String.class, clientId))
                .as("the secret stays").isEqualTo(secretHash);

        click("change-client");
        assertThat(find(Div.class).withId("api-client-notice").single().getElement().getTextRecursively())
                .isEqualTo("Nothing was changed.");
    }

    @Test
    void aChangeWithAWrongRateLimitOrNoScopeIsRefusedAtTheFieldKeepingWhatWasTyped() {
        openAsAdministrator();
        registerClient();
        String clientId = text("issued-client-id");
        UI.getCurrent().navigate("staff/admin/api-clients/" + clientId);

        field(ApiClients.NAME_FIELD).setValue("Kept as typed");
        field(ApiClients.RATE_LIMIT_FIELD).setValue("0");
        click("change-client");

        String wrongRate = "Enter the rate limit as a whole number from 1 to 100000";
        assertThat(field(ApiClients.RATE_LIMIT_FIELD).getErrorMessage()).isEqualTo(wrongRate);
        assertThat(summaryLinks()).containsExactly(wrongRate);
        assertThat(field(ApiClients.NAME_FIELD).getValue()).isEqualTo("Kept as typed");

        field(ApiClients.RATE_LIMIT_FIELD).setValue("60");
        scopes().clear();
        click("change-client");
        assertThat(summaryLinks()).containsExactly("Choose at least one thing the client may do");
        assertThat(jdbc.queryForObject("select name from api_client where client_id = ?", String.class, clientId))
                .as("nothing saved").isEqualTo(name);
        assertThat(table("api-client-audit")).doesNotContain("Details changed");
    }

    @Test
    void aCaseworkerOrAResidentCannotOpenThePages() {
        signIn(People.officer(Role.SUPERVISOR));
        UI.getCurrent().navigate("staff/admin/api-clients");
        assertThat(currentView()).isInstanceOf(ForbiddenView.class);

        signIn(People.signedIn("Sam Taylor", "sam.taylor@example.com", Role.RESIDENT));
        UI.getCurrent().navigate("staff/admin/api-clients/porth-anything");
        assertThat(currentView()).isNotInstanceOf(ApiClientView.class);
    }

    private void registerClient() {
        field(ApiClients.NAME_FIELD).setValue(name);
        field(ApiClients.OWNER_FIELD).setValue("digital@porth.example.gov.uk");
        scopes().setValue(Set.of(ApiScope.REQUESTS_WRITE, ApiScope.OPEN311));
        click("register-api-client");
    }

    private void openAsAdministrator() {
        signIn(People.officer(Role.ADMIN));
        navigate(ApiClientsView.class);
    }

    private TextField field(String id) {
        return find(TextField.class).withId(id).single();
    }

    @SuppressWarnings("unchecked")
    private CheckboxGroup<ApiScope> scopes() {
        return find(CheckboxGroup.class).withId(ApiClients.SCOPES_FIELD).single();
    }

    private java.util.List<String> summaryLinks() {
        return find(Anchor.class).from(find(ErrorSummary.class).single()).all().stream().map(Anchor::getText).toList();
    }

    private void click(String id) {
        test(find(NativeButton.class).withId(id).single()).click();
    }

    private String text(String id) {
        return find(Span.class).withId(id).single().getText();
    }

    private String table(String id) {
        return find(NativeTable.class).withId(id).single().getElement().getTextRecursively();
    }
}
