package org.porth.database;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Before the class: PostgreSQL must answer on CI. After it: its schema goes. */
class OwnSchemaLifecycle implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        PostgresTestDatabase.failOnCiIfDown();
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        PostgresTestDatabase.dropSchema(PostgresTestDatabase.schemaFor(context.getRequiredTestClass()));
    }
}
