package org.porth.integration.webhooks;

import org.porth.database.OnOwnPostgresSchema;

/** Webhook delivery on PostgreSQL, where a second worker skips the rows another is claiming. */
@OnOwnPostgresSchema
class WebhookDeliveryOnPostgresTest extends WebhookDeliveryContract {

    WebhookDeliveryOnPostgresTest() throws Exception {
    }
}
