/**
 * Sensors, telecare and wearables: the devices a council registers (what they are, where, whose),
 * the signals they send (alerts over HTTP, readings over MQTT), the rules that turn readings into
 * conditions, and the preventive cases those conditions open through casework's intake. Porth is not
 * an alarm receiving centre: it never takes emergency alarms, only signals that something is growing.
 * Decisions 0039 (rules), 0040 (what is kept and for how long), 0041 (Awaab's Law steps), 0042 (registry).
 */
@ApplicationModule(displayName = "Devices", allowedDependencies = {"apply", "attachments::ui", "casework", "catalogue", "forms", "gazetteer",
        "identity", "notify", "resident", "shared", "shell", "tracking"})
package org.porth.devices;

import org.springframework.modulith.ApplicationModule;
