package org.porth.insight.ui;

/** The page's translations: a key and its parameters. */
@FunctionalInterface
interface Words {

    String get(String key, Object... params);
}
