package org.porth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static org.assertj.core.api.Assertions.assertThat;

import archfixtures.Fixtures;
import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.EvaluationResult;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.porth.identity.LanguagePreferences;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/**
 * Services are the boundary views and other modules call through, so every public service method
 * says who may call it with {@code @PreAuthorize}, on the method or on its class.
 */
class ServiceMethodSecurityTest {

    static final ArchRule SERVICE_METHODS_ARE_AUTHORISED = methods()
            .that().arePublic()
            .and().areDeclaredInClassesThat().areMetaAnnotatedWith(Service.class)
            .and(areWrittenInSource())
            .should(beAuthorised());

    @Test
    void everyPublicServiceMethodHasPreAuthorize() {
        SERVICE_METHODS_ARE_AUTHORISED.check(MainClasses.get());
    }

    @Test
    void theCheckSeesThePortalsServices() {
        assertThat(MainClasses.get().get(LanguagePreferences.class).isMetaAnnotatedWith(Service.class)).isTrue();
    }

    @Test
    void anUnguardedMethodIsReportedByName() {
        EvaluationResult result = SERVICE_METHODS_ARE_AUTHORISED.evaluate(new ClassFileImporter()
                .importClasses(Fixtures.PartlyGuardedService.class, Fixtures.ClassGuardedService.class));

        assertThat(result.getFailureReport().getDetails()).singleElement().asString()
                .contains(Fixtures.PartlyGuardedService.class.getName() + ".open()");
    }

    private static DescribedPredicate<JavaMethod> areWrittenInSource() {
        return DescribedPredicate.describe("are written in source (not bridge or synthetic)", method ->
                !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                        && !method.getModifiers().contains(JavaModifier.BRIDGE));
    }

    private static ArchCondition<JavaMethod> beAuthorised() {
        return new ArchCondition<>("have @PreAuthorize on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.isMetaAnnotatedWith(PreAuthorize.class)
                        && !method.getOwner().isMetaAnnotatedWith(PreAuthorize.class)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName()
                            + " is a public service method without @PreAuthorize (on the method or its class)"));
                }
            }
        };
    }
}
