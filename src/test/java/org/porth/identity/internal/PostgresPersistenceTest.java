package org.porth.identity.internal;

import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.testsupport.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The migrations and the repository on PostgreSQL (see {@link PostgresTestDatabase}). */
@ExtendWith(PostgresTestDatabase.class)
class PostgresPersistenceTest extends PersistenceContract {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
