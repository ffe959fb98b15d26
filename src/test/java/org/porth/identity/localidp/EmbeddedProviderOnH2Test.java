package org.porth.identity.localidp;

import org.porth.database.H2TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The embedded provider over HTTP on H2, the embedded default, in a database of its own. */
class EmbeddedProviderOnH2Test extends EmbeddedProviderContract {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        H2TestDatabase.useFreshDatabase(registry);
    }
}
