package org.porth.devices.internal;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.porth.casework.SignalCaseEntries;
import org.porth.devices.Device;
import org.porth.identity.SystemTask;
import org.porth.resident.ResidentContact;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.BusinessCalendar;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.stereotype.Component;

/**
 * Tells the resident a device is registered to what it noticed, what happens next and what they can
 * do now, in their language (bundle devices-signals, {@code signals.notice.<condition>}), as a council
 * message on their request: notify tells them on their channels, and they answer it on the page.
 * Street devices (a bin, a gully) have no resident and tell nobody.
 */
@Component
class ResidentNotices {

    /** The conditions residents are told of: those of their home's and their own devices. */
    private static final Set<String> NOTICES = Set.of("humidity-high", "mould-risk", "no-activity", "falls-repeated",
            "low-battery", "silent");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private final ResidentProfiles residents;
    private final SignalCaseEntries entries;
    private final BusinessCalendar calendar;
    private final java.time.Clock clock;

    ResidentNotices(ResidentProfiles residents, SignalCaseEntries entries, BusinessCalendar calendar, java.time.Clock clock) {
        this.residents = residents;
        this.entries = entries;
        this.calendar = calendar;
        this.clock = clock;
    }

    void tell(Device device, String condition, String caseReference) {
        if (device.residentId() == null || !NOTICES.contains(condition)) {
            return;
        }
        String key = "signals.notice." + condition;
        Language language = SystemTask.NOTIFY.run(() -> residents.contactForNotifications(ResidentId.of(device.residentId())))
                .map(ResidentContact::language).orElse(Language.ENGLISH);
        String by = calendar.addWorkingDays(clock.instant(), 10).atZone(ZoneId.of("Europe/London")).toLocalDate()
                .format(DAY.withLocale(Locale.forLanguageTag(language.code())));
        String notice = Translations.get(language, key, by);
        SystemTask.DEVICE_SIGNALS.run(() -> {
            entries.messageResident(caseReference, notice);
            return Optional.empty();
        });
    }
}
