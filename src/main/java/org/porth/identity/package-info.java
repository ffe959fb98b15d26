/**
 * Sign-in (the OIDC client), roles, the signed-in user ({@code CurrentUser}), idle sessions, security
 * headers, and the embedded OIDC provider for the embedded defaults ({@code identity.localidp},
 * docs/decisions/0024-embedded-provider-safety.md).
 */
@ApplicationModule(displayName = "Identity", allowedDependencies = {"shared"})
package org.porth.identity;

import org.springframework.modulith.ApplicationModule;
