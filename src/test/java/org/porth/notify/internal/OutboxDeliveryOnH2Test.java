package org.porth.notify.internal;

/** The outbox's delivery on H2, the embedded default. */
class OutboxDeliveryOnH2Test extends OutboxDeliveryContract {
}
