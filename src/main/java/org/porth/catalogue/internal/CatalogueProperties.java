package org.porth.catalogue.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where a council keeps its own service definitions, beside the built-in ones, so it can add or
 * change a service without rebuilding Porth.
 *
 * @param location a folder such as {@code file:./services/} or {@code file:/etc/porth/services/};
 *                 its {@code <id>.yaml} files replace built-in services with the same id, and its
 *                 {@code topics.yaml}, if any, adds topics and replaces those with the same id; its
 *                 {@code other-pages.yaml} adds pages search finds and replaces those with the same path
 */
@ConfigurationProperties("porth.catalogue")
record CatalogueProperties(String location) {
}
