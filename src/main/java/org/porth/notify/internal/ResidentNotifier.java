package org.porth.notify.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import org.porth.notify.NotificationChannel;
import org.porth.notify.NotificationKind;
import org.porth.resident.ContactPreferences;
import org.porth.resident.ResidentContact;
import org.porth.resident.ResidentId;
import org.porth.resident.ResidentProfiles;
import org.porth.shared.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Writes a resident's notifications of one cause to the outbox, one for each channel they chose:
 * email (on unless they said otherwise) and text ({@link ContactPreferences}), each only with an
 * address to send to, and always in the portal when they have an account. In their language.
 * Called as {@link org.porth.identity.SystemTask#NOTIFY}.
 */
@Component
class ResidentNotifier {

    private static final Logger log = LoggerFactory.getLogger(ResidentNotifier.class);

    private final ResidentProfiles residents;
    private final Templates templates;
    private final Outbox outbox;
    private final TextSender texts;
    private final NotifyProperties properties;
    private final Clock clock;

    ResidentNotifier(ResidentProfiles residents, Templates templates, Outbox outbox, TextSender texts,
            NotifyProperties properties, Clock clock) {
        this.residents = residents;
        this.templates = templates;
        this.outbox = outbox;
        this.texts = texts;
        this.properties = properties;
        this.clock = clock;
    }

    /**
     * @param cause   what happened, unique to this happening (the same cause delivered again writes nothing)
     * @param details the detail the kind's words need, in the reader's language
     */
    void tell(String residentId, NotificationKind kind, String reference, String cause,
            Function<Language, String[]> details) {
        tell(residentId, kind, reference, properties.requestLink(reference), cause, details);
    }

    /** As {@link #tell(String, NotificationKind, String, String, Function)}, linking to {@code link}. */
    void tell(String residentId, NotificationKind kind, String reference, String link, String cause,
            Function<Language, String[]> details) {
        Optional<ResidentContact> found = contact(residentId);
        if (found.isEmpty()) {
            log.warn("No resident {} to tell of {} on {}", residentId, kind, reference);
            return;
        }
        ResidentContact resident = found.get();
        for (Route route : routes(resident)) {
            outbox.add(new NewNotification(cause + ":" + route.channel(), kind, route.channel(), resident.id().value(),
                    null, route.address(), resident.language(), reference, templates.render(kind, route.channel(),
                            resident.language(), reference, link, details.apply(resident.language()))),
                    clock.instant());
        }
    }

    private List<Route> routes(ResidentContact resident) {
        List<Route> routes = new ArrayList<>();
        ContactPreferences chosen = resident.preferences() == null ? ContactPreferences.DEFAULT : resident.preferences();
        if (chosen.email() && resident.email() != null) {
            routes.add(new Route(NotificationChannel.EMAIL, resident.email()));
        }
        if (chosen.textMessage() && resident.phone() != null && texts.enabled()) {
            routes.add(new Route(NotificationChannel.TEXT, resident.phone()));
        }
        if (resident.hasAccount()) {
            routes.add(new Route(NotificationChannel.IN_PORTAL, null));
        }
        return routes;
    }

    private Optional<ResidentContact> contact(String residentId) {
        if (residentId == null) {
            return Optional.empty();
        }
        try {
            return residents.contactForNotifications(ResidentId.of(residentId));
        } catch (IllegalArgumentException notAResidentId) {
            return Optional.empty();
        }
    }

    private record Route(NotificationChannel channel, String address) {
    }
}
