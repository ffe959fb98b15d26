package org.porth.devices.registry;

import org.porth.devices.DeviceKind;

/**
 * Which devices the registry's grid lists.
 *
 * @param words  blank, or text the source, device id, UPRN or street contains
 * @param kind   null for every kind
 * @param teamId null for every team
 */
public record DeviceFilter(String words, DeviceKind kind, String teamId) {

    public static final DeviceFilter ALL = new DeviceFilter("", null, null);

    public DeviceFilter {
        words = words == null ? "" : words.strip();
    }
}
