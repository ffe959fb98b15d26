package org.porth.gazetteer.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;

/**
 * Where the gazetteer is loaded from when its tables are empty: Porth's demo gazetteer unless a
 * council points these at its own extract, e.g. {@code file:/srv/porth/llpg/streets.csv}.
 */
@ConfigurationProperties("porth.gazetteer")
record GazetteerProperties(
        @DefaultValue("classpath:gazetteer/streets.csv") Resource streets,
        @DefaultValue("classpath:gazetteer/addresses.csv") Resource addresses) {
}
