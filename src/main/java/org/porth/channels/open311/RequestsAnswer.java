package org.porth.channels.open311;

import static org.porth.channels.open311.GeoReport.group;
import static org.porth.channels.open311.GeoReport.items;
import static org.porth.channels.open311.GeoReport.value;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.porth.casework.CaseStatus;
import org.porth.casework.PublicCase;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;
import org.porth.shared.Translations;
import org.springframework.stereotype.Component;
import org.springframework.util.MultiValueMap;

/** GeoReport's service requests and updates as the specification writes them. */
@Component
class RequestsAnswer {

    /** Without dates, {@code GET requests} lists the last 90 days, as the specification says. */
    static final Duration DEFAULT_SPAN = Duration.ofDays(90);
    private static final Set<String> STATUSES = Set.of("open", "closed");

    private final Open311Listing listing;
    private final Catalogue catalogue;
    private final Clock clock;

    RequestsAnswer(Open311Listing listing, Catalogue catalogue, Clock clock) {
        this.listing = listing;
        this.catalogue = catalogue;
        this.clock = clock;
    }

    /** {@code POST requests}: the new request's id and what the council aims to do. */
    GeoReport made(String reference, ServiceDefinition service) {
        return items("service_requests", List.of(group("request", value("service_request_id", reference),
                value("service_notice", notice(service)), value("account_id", null))));
    }

    Optional<GeoReport> one(String reference) {
        return listing.byReferences(List.of(reference)).stream().findFirst()
                .map(found -> items("service_requests", List.of(request(found))));
    }

    Checked<GeoReport> list(MultiValueMap<String, String> sent) {
        QueryParameters query = new QueryParameters(sent);
        List<String> ids = query.list("service_request_id");
        if (!ids.isEmpty()) {
            // the specification: the ids override every other parameter
            return answered(listing.byReferences(ids), 1, Open311Listing.MOST);
        }
        try {
            Optional<String> status = query.text("status");
            if (status.isPresent() && !STATUSES.contains(status.get())) {
                throw new IllegalArgumentException("status must be open or closed");
            }
            Optional<Instant> start = query.dateTime("start_date");
            Instant end = query.dateTime("end_date").orElseGet(() -> start.map(from -> from.plus(DEFAULT_SPAN))
                    .orElseGet(clock::instant));
            Instant from = start.orElse(end.minus(DEFAULT_SPAN));
            int page = query.number("page", 1, Integer.MAX_VALUE);
            int pageSize = query.number("page_size", Open311Listing.MOST, Open311Listing.MOST);
            // the end date is inclusive: a request made at that very second is listed
            return answered(listing.find(query.list("service_code"), from, end.plusSeconds(1), status), page, pageSize);
        } catch (IllegalArgumentException wrong) {
            return new Checked.Refused<>(wrong.getMessage());
        }
    }

    /** FixMyStreet's {@code GET servicerequestupdates}: each update once, by the id of its timeline entry. */
    Checked<GeoReport> updates(MultiValueMap<String, String> sent) {
        QueryParameters query = new QueryParameters(sent);
        try {
            Instant end = query.dateTime("end_date").orElseGet(clock::instant);
            Instant from = query.dateTime("start_date").orElse(end.minus(Duration.ofDays(1)));
            return new Checked.Answered<>(items("service_requests_updates", listing.updates(from, end.plusSeconds(1))
                    .stream().map(update -> (GeoReport) group("request_update", value("update_id", update.id()),
                            value("service_request_id", update.reference()),
                            value("status", Open311Listing.Listed.of(update.status())),
                            value("updated_datetime", dateTime(update.at())),
                            value("description", words(update.status())), value("media_url", null)))
                    .toList()));
        } catch (IllegalArgumentException wrong) {
            return new Checked.Refused<>(wrong.getMessage());
        }
    }

    private Checked<GeoReport> answered(List<Open311Listing.Listed> listed, int page, int pageSize) {
        long skip = (long) (page - 1) * pageSize;
        return new Checked.Answered<>(items("service_requests",
                listed.stream().skip(skip).limit(pageSize).map(this::request).toList()));
    }

    private GeoReport request(Open311Listing.Listed listed) {
        Open311Request request = listed.request();
        Open311Request.Sent sent = request.sent();
        Optional<ServiceDefinition> service = catalogue.current(request.serviceCode());
        Optional<PublicCase> opened = listed.opened();
        return group("request", value("service_request_id", request.reference()), value("status", listed.status()),
                value("status_notes", words(opened.map(PublicCase::status).orElse(CaseStatus.SUBMITTED))),
                value("service_name", service.map(s -> s.name().en()).orElse(null)),
                value("service_code", request.serviceCode()), value("description", sent.description()),
                value("agency_responsible", opened.map(PublicCase::team).orElse(null)),
                value("service_notice", service.map(RequestsAnswer::notice).orElse(null)),
                value("requested_datetime", dateTime(request.requestedAt())),
                value("updated_datetime", dateTime(opened.map(PublicCase::updatedAt).orElse(request.requestedAt()))),
                value("expected_datetime", opened.map(PublicCase::dueAt).map(RequestsAnswer::dateTime).orElse(null)),
                value("address", sent.addressString()), value("address_id", null), value("zipcode", null),
                value("lat", sent.latitude()), value("long", sent.longitude()), value("media_url", sent.mediaUrl()));
    }

    private static String notice(ServiceDefinition service) {
        return Translations.get(Language.ENGLISH, service.serviceLevel().responseTextKey(), service.serviceLevel().target());
    }

    private static String words(CaseStatus status) {
        return Translations.get(Language.ENGLISH, "open311.status." + status.name());
    }

    /** W3C date and time in UTC, to the second, as the specification's examples write it. */
    static String dateTime(Instant at) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(OffsetDateTime.ofInstant(at.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC));
    }
}
