package org.porth.catalogue;

/**
 * A service offered over Open311 GeoReport v2 ({@code open311:} in its definition): its questions
 * become the service definition's attributes, except the ones Open311 answers with its own fields
 * (the location from {@code lat}/{@code long} or an address, the email, the phone, the description).
 *
 * @param group       the GeoReport {@code group} clients list the service under
 * @param description the long- or short-text question Open311's {@code description} answers; null
 *                    when the service has none (the description is then refused as an unknown answer)
 */
public record Open311Offer(String group, String description) {
}
