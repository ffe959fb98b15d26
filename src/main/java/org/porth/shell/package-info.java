/**
 * The frame every page sits in: resident and staff layouts, navigation, error pages, the
 * languages of the interface, styles and the GOV.UK form kit that every module's forms are built from.
 * Features reach it through {@code @Layout} and {@code @Menu}; it imports none of them.
 */
@ApplicationModule(displayName = "Shell", allowedDependencies = {"identity", "shared"})
package org.porth.shell;

import org.springframework.modulith.ApplicationModule;
