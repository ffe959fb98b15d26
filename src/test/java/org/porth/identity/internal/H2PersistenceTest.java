package org.porth.identity.internal;

import org.porth.database.H2TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The migrations and the repository on H2 as the portal runs it by default (PostgreSQL mode). */
class H2PersistenceTest extends PersistenceContract {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        H2TestDatabase.useFreshDatabase(registry);
    }
}
