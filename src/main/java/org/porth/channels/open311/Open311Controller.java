package org.porth.channels.open311;

import java.util.List;
import java.util.Optional;

import org.porth.catalogue.ServiceDefinition;
import org.porth.channels.ApiCaller;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open311 GeoReport v2 (wiki.open311.org/GeoReport_v2) at {@code /open311/v2}: the six methods and
 * the service request updates extension FixMyStreet reads, each as {@code .xml} or {@code .json}.
 * Errors are the specification's {@code errors} list, in the format asked for.
 */
@RestController
@RequestMapping(Open311Controller.PATH)
class Open311Controller {

    static final String PATH = "/open311/v2";

    private final ServiceDirectory directory;
    private final Open311Reports reports;
    private final RequestsAnswer requests;
    private final Discovery discovery;

    Open311Controller(ServiceDirectory directory, Open311Reports reports, RequestsAnswer requests, Discovery discovery) {
        this.directory = directory;
        this.reports = reports;
        this.requests = requests;
        this.discovery = discovery;
    }

    @GetMapping("/discovery.{format}")
    ResponseEntity<String> discovery(@PathVariable String format) {
        return answer(format, f -> ok(discovery.document(), f));
    }

    @GetMapping("/services.{format}")
    ResponseEntity<String> services(@PathVariable String format) {
        return answer(format, f -> ok(directory.list(), f));
    }

    @GetMapping("/services/{file}")
    ResponseEntity<String> service(@PathVariable String file) {
        return suffixed(file, (code, f) -> directory.offered(code)
                .map(service -> ok(directory.definition(service), f))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, f, "No service with the service_code " + code)));
    }

    @PostMapping("/requests.{format}")
    ResponseEntity<String> report(@PathVariable String format, @RequestParam MultiValueMap<String, String> form) {
        return answer(format, f -> {
            Optional<ApiCaller> client = client();
            if (client.isEmpty()) {
                return error(HttpStatus.FORBIDDEN, f, "The api_key is missing or is not a key for Open311");
            }
            Optional<String> code = ReportForm.text(form, "service_code");
            Optional<ServiceDefinition> service = code.flatMap(directory::offered);
            if (service.isEmpty()) {
                return error(HttpStatus.BAD_REQUEST, f, code.map(c -> "service_code " + c + " is not a service")
                        .orElse("service_code is missing"));
            }
            return switch (reports.submit(client.get(), service.get(), form)) {
                case Open311Reports.Outcome.Made made -> ok(requests.made(made.reference(), service.get()), f);
                case Open311Reports.Outcome.Refused refused -> error(HttpStatus.BAD_REQUEST, f, refused.problems());
            };
        });
    }

    @GetMapping("/requests.{format}")
    ResponseEntity<String> requests(@PathVariable String format, @RequestParam MultiValueMap<String, String> query) {
        return answer(format, f -> requests.list(query).fold(
                listed -> ok(listed, f), problem -> error(HttpStatus.BAD_REQUEST, f, problem)));
    }

    @GetMapping("/requests/{file}")
    ResponseEntity<String> request(@PathVariable String file) {
        return suffixed(file, (id, f) -> requests.one(id).map(found -> ok(found, f))
                .orElseGet(() -> error(HttpStatus.NOT_FOUND, f, "No service request with the id " + id)));
    }

    /** Realtime services only: a request is made at once, so a token never names one. */
    @GetMapping("/tokens/{file}")
    ResponseEntity<String> token(@PathVariable String file) {
        return suffixed(file, (token, f) -> error(HttpStatus.NOT_FOUND, f,
                "No token " + token + ": every service is realtime, so POST requests answers with the service_request_id"));
    }

    @GetMapping("/servicerequestupdates.{format}")
    ResponseEntity<String> updates(@PathVariable String format, @RequestParam MultiValueMap<String, String> query) {
        return answer(format, f -> requests.updates(query).fold(
                updates -> ok(updates, f), problem -> error(HttpStatus.BAD_REQUEST, f, problem)));
    }

    /** The client whose key the POST carries (see Open311SecurityConfiguration). */
    private static Optional<ApiCaller> client() {
        Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
        return signedIn != null && signedIn.getPrincipal() instanceof ApiCaller caller ? Optional.of(caller) : Optional.empty();
    }

    private static ResponseEntity<String> answer(String format, Answer answer) {
        return Format.named(format).map(answer::in).orElseGet(Open311Controller::noSuchFormat);
    }

    private static ResponseEntity<String> suffixed(String file, Named answer) {
        return Format.of(file).map(suffixed -> answer.in(suffixed.name(), suffixed.format()))
                .orElseGet(Open311Controller::noSuchFormat);
    }

    /** An address without .xml or .json: XML, which the specification makes every server speak. */
    private static ResponseEntity<String> noSuchFormat() {
        return error(HttpStatus.NOT_FOUND, Format.XML, "Ask for .xml or .json");
    }

    private static ResponseEntity<String> ok(GeoReport report, Format format) {
        return ResponseEntity.ok().contentType(format.mediaType()).body(GeoReportWriter.write(report, format));
    }

    private static ResponseEntity<String> error(HttpStatus status, Format format, String description) {
        return error(status, format, List.of(description));
    }

    private static ResponseEntity<String> error(HttpStatus status, Format format, List<String> descriptions) {
        return ResponseEntity.status(status).contentType(format.mediaType())
                .body(GeoReportWriter.write(GeoReport.errors(status.value(), descriptions), format));
    }

    @FunctionalInterface
    private interface Answer {
        ResponseEntity<String> in(Format format);
    }

    @FunctionalInterface
    private interface Named {
        ResponseEntity<String> in(String name, Format format);
    }
}
