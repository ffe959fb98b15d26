package org.porth;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The modules keep to their boundaries: no module reaches into another's internal packages, and
 * module dependencies have no cycles (Spring Modulith's rules, see ARCHITECTURE.md).
 */
class ModularityTest {

    private final ApplicationModules modules = ApplicationModules.of(PortalApplication.class);

    @Test
    void modulesKeepToTheirBoundaries() {
        modules.verify();
    }

    @Test
    void everyFeaturePackageIsAModule() {
        // so that verify() above checks the packages we think it checks
        assertThat(modules.stream().map(ApplicationModule::getIdentifier).map(Object::toString))
                .contains("identity", "resident", "shared", "shell");
    }
}
