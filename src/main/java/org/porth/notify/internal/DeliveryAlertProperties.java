package org.porth.notify.internal;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * When administrators are told that notifications are not going out ({@code porth.notify.alert.*},
 * see application.properties).
 *
 * @param after         how long the oldest waiting notification of a channel may wait before they are told
 * @param checkInterval how often each node looks (one node at a time acts)
 * @param link          the page that lists what waits, in the email they get
 */
@ConfigurationProperties("porth.notify.alert")
record DeliveryAlertProperties(Duration after, Duration checkInterval, String link) {
}
