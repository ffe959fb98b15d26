package org.porth.apply.internal;

import org.junit.jupiter.api.extension.ExtendWith;
import org.porth.testsupport.PostgresTestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Submit-once on PostgreSQL, where concurrent inserts really wait on the unique index. */
@ExtendWith(PostgresTestDatabase.class)
class SubmitOnceOnPostgresTest extends SubmitOnceContract {

    @DynamicPropertySource
    static void ownSchema(DynamicPropertyRegistry registry) {
        PostgresTestDatabase.register(registry);
    }
}
