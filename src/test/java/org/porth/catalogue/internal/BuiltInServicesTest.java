package org.porth.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/** The services Porth ships with read without a problem. */
class BuiltInServicesTest {

    private final Definitions.All definitions = Definitions.read(
            new DefinitionFiles(new CatalogueProperties(null), new PathMatchingResourcePatternResolver()));

    @Test
    void everyBuiltInDefinitionReads() {
        List<String> ids = definitions.services().stream().map(read -> read.definition().id()).toList();
        assertThat(ids).contains("missed-bin");
    }
}
