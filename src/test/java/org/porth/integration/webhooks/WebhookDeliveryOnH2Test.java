package org.porth.integration.webhooks;

/** Webhook delivery on H2, the embedded default. */
class WebhookDeliveryOnH2Test extends WebhookDeliveryContract {

    WebhookDeliveryOnH2Test() throws Exception {
    }
}
