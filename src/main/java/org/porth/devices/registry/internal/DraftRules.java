package org.porth.devices.registry.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

import org.porth.casework.GeoPoint;
import org.porth.devices.DeviceKind;
import org.porth.devices.DeviceRef;
import org.porth.devices.NewDevice;
import org.porth.devices.registry.CheckedDraft;
import org.porth.devices.registry.DeviceDraft;
import org.porth.devices.registry.DeviceKinds;
import org.porth.devices.registry.DraftProblem;
import org.porth.gazetteer.Address;
import org.porth.gazetteer.Gazetteer;
import org.porth.gazetteer.Street;
import org.springframework.stereotype.Component;

/**
 * The checks every device passes before it is registered, from the form or a CSV row: each field on
 * its own, then the place (a property in the gazetteer, or a street and a point in the council's
 * area), the team, and for personal devices the resident and their consent.
 */
@Component
public class DraftRules {

    private static final Pattern SOURCE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");
    private static final Pattern DEVICE_ID = Pattern.compile("\\S{1,200}");
    private static final Pattern UPRN = Pattern.compile("\\d{1,12}");
    private static final long MOST_MINUTES = Duration.ofDays(7).toMinutes();
    private static final String PROBLEM = "registry.problem.";

    private final Gazetteer gazetteer;

    DraftRules(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * @param teamIds   the teams a device may be looked after by
     * @param residents whether a resident id is a resident's
     */
    public CheckedDraft check(DeviceDraft draft, Set<String> teamIds, Predicate<String> residents) {
        List<DraftProblem> problems = new ArrayList<>();
        require(problems, DeviceDraft.SOURCE, draft.source(), SOURCE);
        require(problems, DeviceDraft.DEVICE_ID, draft.deviceId(), DEVICE_ID);
        Optional<DeviceKind> kind = draft.kind().isEmpty() ? Optional.empty() : DeviceKinds.named(draft.kind());
        if (kind.isEmpty()) {
            problems.add(problem(DeviceDraft.KIND, draft.kind().isEmpty() ? "missing" : "unknown"));
        }
        if (draft.teamId().isEmpty() || !teamIds.contains(draft.teamId())) {
            problems.add(problem(DeviceDraft.TEAM, draft.teamId().isEmpty() ? "missing" : "unknown"));
        }
        Duration interval = interval(draft, kind, problems);
        Place place = kind.map(known -> place(draft, known, problems)).orElse(null);
        kind.ifPresent(known -> person(draft, known, residents, problems));
        if (!problems.isEmpty()) {
            return new CheckedDraft(null, problems);
        }
        return new CheckedDraft(new NewDevice(new DeviceRef(draft.source(), draft.deviceId()), kind.get(), place.uprn(),
                place.street(), place.point(), draft.teamId(), blankAsNull(draft.residentId()),
                blankAsNull(draft.consentId()), false, interval), List.of());
    }

    private static void require(List<DraftProblem> problems, String field, String value, Pattern format) {
        if (value.isEmpty()) {
            problems.add(problem(field, "missing"));
        } else if (!format.matcher(value).matches()) {
            problems.add(problem(field, "format"));
        }
    }

    private static Duration interval(DeviceDraft draft, Optional<DeviceKind> kind, List<DraftProblem> problems) {
        if (draft.intervalMinutes().isEmpty()) {
            return kind.map(DeviceKinds::usualInterval).orElse(null);
        }
        try {
            long minutes = Long.parseLong(draft.intervalMinutes());
            if (minutes >= 1 && minutes <= MOST_MINUTES) {
                return Duration.ofMinutes(minutes);
            }
        } catch (NumberFormatException notWhole) {
            // the same message as a number out of range
        }
        problems.add(problem(DeviceDraft.INTERVAL, "format"));
        return null;
    }

    private record Place(String uprn, String street, GeoPoint point) {
    }

    /** A property for devices in one, a street for street furniture; an exact point for either, if given. */
    private Place place(DeviceDraft draft, DeviceKind kind, List<DraftProblem> problems) {
        Optional<Address> address = Optional.empty();
        if (!draft.uprn().isEmpty()) {
            address = UPRN.matcher(draft.uprn()).matches() ? gazetteer.byUprn(draft.uprn()) : Optional.empty();
            if (address.isEmpty()) {
                problems.add(problem(DeviceDraft.UPRN, "unknown"));
            }
        } else if (DeviceKinds.inProperty(kind)) {
            problems.add(problem(DeviceDraft.UPRN, "missing"));
        }
        Optional<Street> street = draft.usrn().isEmpty() ? Optional.empty() : gazetteer.byUsrn(draft.usrn());
        if (!draft.usrn().isEmpty() && street.isEmpty()) {
            problems.add(problem(DeviceDraft.USRN, "unknown"));
        } else if (draft.usrn().isEmpty() && DeviceKinds.onStreet(kind) && draft.uprn().isEmpty()) {
            problems.add(problem(DeviceDraft.USRN, "missing"));
        }
        GeoPoint point = point(draft, problems)
                .or(() -> street.map(found -> new GeoPoint(found.latitude(), found.longitude())))
                .orElse(null);
        if (point == null && address.isPresent()) {
            point = new GeoPoint(address.get().latitude(), address.get().longitude());
        }
        return new Place(address.map(Address::uprn).orElse(null), street.map(Street::name).orElse(null), point);
    }

    private Optional<GeoPoint> point(DeviceDraft draft, List<DraftProblem> problems) {
        if (draft.latitude().isEmpty() && draft.longitude().isEmpty()) {
            return Optional.empty();
        }
        Double latitude = degrees(draft.latitude(), 90, DeviceDraft.LATITUDE, problems);
        Double longitude = degrees(draft.longitude(), 180, DeviceDraft.LONGITUDE, problems);
        if (latitude == null || longitude == null) {
            return Optional.empty();
        }
        if (gazetteer.nearestStreet(latitude, longitude).isEmpty()) {
            problems.add(problem(DeviceDraft.LATITUDE, "outside"));
            return Optional.empty();
        }
        return Optional.of(new GeoPoint(latitude, longitude));
    }

    private static Double degrees(String text, double most, String field, List<DraftProblem> problems) {
        if (text.isEmpty()) {
            problems.add(problem(field, "missing"));
            return null;
        }
        try {
            double value = Double.parseDouble(text);
            if (Math.abs(value) <= most) {
                return value;
            }
        } catch (NumberFormatException notNumber) {
            // the same message as a number out of range
        }
        problems.add(problem(field, "format"));
        return null;
    }

    /**
     * Personal devices name the resident and their consent; a sensor in a home may name its tenant (so
     * they are told what it notices and see its case), on the landlord's duty rather than consent;
     * street furniture is about a place, not a person.
     */
    private static void person(DeviceDraft draft, DeviceKind kind, Predicate<String> residents,
            List<DraftProblem> problems) {
        if (DeviceKinds.onStreet(kind)) {
            if (!draft.residentId().isEmpty()) {
                problems.add(problem(DeviceDraft.RESIDENT, "not-personal"));
            }
            return;
        }
        boolean personal = DeviceKinds.personal(kind);
        if (draft.residentId().isEmpty()) {
            if (personal) {
                problems.add(problem(DeviceDraft.RESIDENT, "missing"));
            }
        } else if (!residents.test(draft.residentId())) {
            problems.add(problem(DeviceDraft.RESIDENT, "unknown"));
        }
        if (draft.consentId().isEmpty() && personal) {
            problems.add(problem(DeviceDraft.CONSENT, "missing"));
        } else if (draft.consentId().length() > 100) {
            problems.add(problem(DeviceDraft.CONSENT, "format"));
        }
    }

    private static String blankAsNull(String text) {
        return text.isEmpty() ? null : text;
    }

    private static DraftProblem problem(String field, String what) {
        return new DraftProblem(field, PROBLEM + field + "." + what);
    }
}
