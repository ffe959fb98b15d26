package org.porth.e2e.suites;

import org.junit.platform.suite.api.ConfigurationParameter;
import org.junit.platform.suite.api.IncludeClassNamePatterns;
import org.junit.platform.suite.api.SelectPackages;
import org.junit.platform.suite.api.Suite;

/** The browser test classes from N to Z, in alphabetical order, beside {@link AToMSuite} (decision 0072). */
@Suite
@SelectPackages("org.porth.e2e")
@IncludeClassNamePatterns("org\\.porth\\.e2e\\.[N-Z]\\w*IT")
@ConfigurationParameter(key = "junit.jupiter.testclass.order.default", value = "org.junit.jupiter.api.ClassOrderer$ClassName")
class NToZSuite {
}
