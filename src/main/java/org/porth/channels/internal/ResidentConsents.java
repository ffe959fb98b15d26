package org.porth.channels.internal;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Collectors;

import org.porth.channels.AllowedApp;
import org.porth.channels.ApiScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What residents allowed apps to do, as the authorization server keeps it: its consents (one per
 * app and resident) and its authorizations (one per sign-in of the app, holding its tokens).
 * {@code principal} is the resident's name at the authorization server's sign-in: their subject.
 */
@Component
public class ResidentConsents {

    private static final String SCOPE_AUTHORITY = "SCOPE_";

    private final JdbcClient jdbc;

    ResidentConsents(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AllowedApp> of(String principal) {
        return jdbc.sql("""
                select c.client_id, c.name, a.authorities from oauth2_authorization_consent a
                  join api_client c on c.id = a.registered_client_id
                 where a.principal_name = ? and c.revoked_at is null order by lower(c.name)""")
                .param(principal)
                .query((rs, rowNum) -> new AllowedApp(rs.getString("client_id"), rs.getString("name"),
                        scopes(rs.getString("authorities"))))
                .list();
    }

    /** Forgets the consent and every authorization, so the app's tokens stop working at once. */
    public void remove(String principal, String clientId) {
        jdbc.sql("select id from api_client where client_id = ?").param(clientId).query(String.class).optional()
                .ifPresent(id -> {
                    jdbc.sql("delete from oauth2_authorization_consent where registered_client_id = ? and principal_name = ?")
                            .params(id, principal).update();
                    jdbc.sql("delete from oauth2_authorization where registered_client_id = ? and principal_name = ?")
                            .params(id, principal).update();
                });
    }

    private static EnumSet<ApiScope> scopes(String authorities) {
        return Arrays.stream(authorities.split(","))
                .filter(authority -> authority.startsWith(SCOPE_AUTHORITY))
                .flatMap(authority -> ApiScope.of(authority.substring(SCOPE_AUTHORITY.length())).stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(ApiScope.class)));
    }
}
