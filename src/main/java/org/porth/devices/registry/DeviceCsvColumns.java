package org.porth.devices.registry;

import java.util.List;

/** The columns of a vendor's CSV file of devices: each field of {@link DeviceDraft}, with underscores ({@code device_id}). */
public final class DeviceCsvColumns {

    private DeviceCsvColumns() {
    }

    public static List<String> all() {
        return DeviceDraft.FIELDS.stream().map(DeviceCsvColumns::of).toList();
    }

    /** The column of a draft's field. */
    public static String of(String field) {
        return field.replace('-', '_');
    }
}
