package org.porth.devices.internal;

import org.porth.identity.SystemTask;

/**
 * Who may use the device module's services: staff, and signal intake (MQTT, the demo, and API clients
 * with {@code alerts:write}). Kept under the name of the registry's first, minimal version, which
 * {@link org.porth.devices.registry.DeviceRegistry} replaced, because signal intake names its rules.
 */
public final class DeviceTable {

    public static final String STAFF = "hasAnyRole('CASEWORKER', 'SUPERVISOR', 'ADMIN')";
    public static final String INTAKE = "hasAuthority('" + SystemTask.DEVICE_SIGNALS_AUTHORITY + "') or hasAuthority('SCOPE_alerts:write')";

    private DeviceTable() {
    }
}
