package org.porth.e2e.suites;

import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/**
 * The idle-session test alone: its portal has other session settings, and two portals in one JVM
 * would share Spring Security's static context holder.
 */
@Suite
@SelectPackages("org.porth.e2e")
@IncludeClassNamePatterns(IdleSessionSuite.IDLE_SESSION)
class IdleSessionSuite {

    static final String IDLE_SESSION = "org\\.porth\\.e2e\\.IdleSessionIT";
}
