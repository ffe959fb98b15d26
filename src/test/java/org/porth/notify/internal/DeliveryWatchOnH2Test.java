package org.porth.notify.internal;

import org.porth.database.H2TestDatabase;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The delivery watch on H2, the embedded default, in a database of its own. */
class DeliveryWatchOnH2Test extends DeliveryWatchContract {

    @DynamicPropertySource
    static void freshDatabase(DynamicPropertyRegistry registry) {
        H2TestDatabase.useFreshDatabase(registry);
    }
}
