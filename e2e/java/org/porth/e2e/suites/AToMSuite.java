package org.porth.e2e.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.ExcludeClassNamePatterns;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The browser test classes from A to M, in alphabetical order, beside {@link NToZSuite} (decision 0072). */
@Suite
@SelectPackages("org.porth.e2e")
@IncludeClassNamePatterns("org\\.porth\\.e2e\\.[A-M]\\w*IT")
@ExcludeClassNamePatterns(IdleSessionSuite.IDLE_SESSION)
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "org.junit.jupiter.api.ClassOrderer$ClassName")
class AToMSuite {
}
