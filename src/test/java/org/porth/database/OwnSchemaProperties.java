package org.porth.database;

import java.util.List;
import java.util.Map;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points the context of an {@link OnOwnPostgresSchema} test class at its schema (registered in
 * META-INF/spring.factories). One schema per class, so each class gets a context of its own.
 */
class OwnSchemaProperties implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass, List<ContextConfigurationAttributes> attributes) {
        boolean wanted = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(OnOwnPostgresSchema.class);
        return wanted ? new Schema(PostgresTestDatabase.schemaFor(testClass)) : null;
    }

    private record Schema(String name) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration configuration) {
            Map<String, Object> properties = PostgresTestDatabase.schemaProperties(name);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("own-postgres-schema", properties));
        }
    }
}
