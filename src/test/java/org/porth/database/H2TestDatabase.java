package org.porth.database;

import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/** H2 for data tests as the portal runs it by default (PostgreSQL mode), a fresh in-memory database per use. */
public final class H2TestDatabase {

    private H2TestDatabase() {
    }

    public static void useFreshDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> "jdbc:h2:mem:porth-it-" + UUID.randomUUID()
                + ";DB_CLOSE_DELAY=-1;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
        registry.add("spring.datasource.username", () -> "sa");
        registry.add("spring.datasource.password", () -> "");
    }
}
