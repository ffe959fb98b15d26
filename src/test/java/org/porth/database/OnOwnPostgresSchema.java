package org.porth.database;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.annotation.DirtiesContext;

/**
 * A Spring test class that runs on PostgreSQL in a schema of its own: made by Flyway when the
 * context starts ({@link OwnSchemaProperties}), dropped after the class ({@link OwnSchemaLifecycle}).
 * Skipped when PostgreSQL does not answer, except on CI, where it fails (see {@link PostgresTestDatabase}).
 * The class's context is closed after it: no other class can reuse it, and a cached context would keep
 * its pool's connections open until PostgreSQL refuses more clients.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@ExtendWith({PostgresTestDatabase.WhenItAnswers.class, OwnSchemaLifecycle.class})
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface OnOwnPostgresSchema {
}
