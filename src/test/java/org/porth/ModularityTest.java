package org.porth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The modules keep to their boundaries: each uses only the modules its package-info allows, none
 * reaches into another's internal packages, and there are no cycles (Spring Modulith's rules, see
 * ARCHITECTURE.md). The module documentation in docs/modules is written from the same model.
 */
class ModularityTest {

    static final ArchRule VIEWS_USE_SERVICES_NOT_INTERNALS = noClasses().that().resideInAPackage("org.porth..ui..")
            .should().dependOnClassesThat().resideInAPackage("org.porth..internal..")
            .because("views call a module's services; its entities and repositories stay inside it");

    private static final Set<String> MODULES = Set.of("shared", "identity", "shell", "gazetteer", "catalogue",
            "attachments", "forms", "resident", "booking", "apply", "casework", "tracking", "notify");

    private static final Path DOCS = Path.of("docs", "modules");

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesKeepToTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyFeaturePackageIsADeclaredModule() {
        // so that verify() above checks the packages we think it checks, against what each declares
        assertThat(modules.stream().map(module -> module.getIdentifier().toString()))
                .containsExactlyInAnyOrderElementsOf(MODULES);
        assertThat(MODULES).allSatisfy(module -> assertThat(declaration(module).allowedDependencies())
                .as("%s says which modules it may use", module)
                .doesNotContain(ApplicationModule.OPEN_TOKEN));
    }

    private static ApplicationModule declaration(String module) {
        try {
            var declared = Class.forName("org.porth." + module + ".package-info")
                    .getAnnotation(ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on package %s", module).isNotNull();
            return declared;
        } catch (ClassNotFoundException e) {
            throw new AssertionError("Package " + module + " has no package-info", e);
        }
    }

    @Test
    void noViewReachesIntoAnInternalPackage() {
        VIEWS_USE_SERVICES_NOT_INTERNALS.check(MainClasses.get());
    }

    @Test
    void writesTheModuleDocumentationEveryBuild() throws IOException {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(DOCS.toString())).writeDocumentation();

        assertThat(DOCS.resolve("components.puml")).content().contains("Forms", "Attachments", "Casework");
        assertThat(MODULES).allSatisfy(module -> assertThat(DOCS.resolve("module-" + module + ".adoc")).exists());
        assertThat(Files.readString(DOCS.resolve("module-forms.adoc"))).contains("FormCheck");
    }
}
