package org.porth.catalogue.internal;

import org.porth.database.H2TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Versioned definitions on H2 as the portal runs it by default (PostgreSQL mode). */
class H2CatalogueVersionsTest extends CatalogueVersionsContract {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        H2TestDatabase.useFreshDatabase(registry);
    }
}
