package org.porth.identity;

import java.util.List;

import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/** A {@link SystemTask} at work: its authority only, and no person ({@link CurrentUser} sees no one). */
final class SystemTaskAuthentication extends AbstractAuthenticationToken {

    private final SystemTask task;

    SystemTaskAuthentication(SystemTask task) {
        super(List.of(new SimpleGrantedAuthority(task.authority())));
        this.task = task;
        setAuthenticated(true);
    }

    @Override
    public Object getCredentials() {
        return "";
    }

    @Override
    public Object getPrincipal() {
        return task.name();
    }
}
