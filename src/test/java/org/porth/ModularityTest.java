package org.porth;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
            "attachments", "forms", "resident", "booking", "apply", "casework", "tracking", "notify", "channels",
            "integration", "devices", "insight");

    private static final Path DOCS = Path.of("docs", "modules");
    private static final Pattern LISTED = Pattern.compile("Rel\\(|\\|?\\* `");

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

    /**
     * Spring Modulith lists a diagram's relations and a canvas's events in no fixed order; sorted, a
     * build that changes no module leaves the committed map as it is.
     */
    static List<String> inOneOrder(List<String> lines) {
        List<String> ordered = new ArrayList<>();
        List<String> run = new ArrayList<>();
        for (String line : lines) {
            if (LISTED.matcher(line).lookingAt()) {
                run.add(line);
            } else {
                ordered.addAll(sorted(run));
                run.clear();
                ordered.add(line);
            }
        }
        ordered.addAll(sorted(run));
        return ordered;
    }

    /** A run sorted, the table-cell mark ({@code |}) of its first line kept first. */
    private static List<String> sorted(List<String> run) {
        if (run.isEmpty()) {
            return List.of();
        }
        boolean cell = run.getFirst().startsWith("|");
        List<String> items = new ArrayList<>(run.stream().map(line -> cell ? line.replaceFirst("^\\|", "") : line).sorted().toList());
        if (cell) {
            items.set(0, "|" + items.getFirst());
        }
        return items;
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
        try (Stream<Path> written = Files.list(DOCS)) {
            for (Path file : written.toList()) {
                Files.write(file, inOneOrder(Files.readAllLines(file)));
            }
        }

        assertThat(DOCS.resolve("components.puml")).content().contains("Forms", "Attachments", "Casework");
        assertThat(MODULES).allSatisfy(module -> assertThat(DOCS.resolve("module-" + module + ".adoc")).exists());
        assertThat(Files.readString(DOCS.resolve("module-forms.adoc"))).contains("FormCheck");
    }
}
