package org.porth.channels.api;

import java.util.Comparator;
import java.util.List;

import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Channel;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

/** The services offered through the API (those whose definition lists the {@code api} channel). */
@Service
@PreAuthorize("hasAnyAuthority('SCOPE_requests:write', 'SCOPE_requests:read')")
public class ApiServices {

    private final Catalogue catalogue;

    ApiServices(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    public List<ServiceViews.ServiceSummary> list() {
        return catalogue.services(Language.ENGLISH).stream().filter(ApiServices::offered)
                .sorted(Comparator.comparing(ServiceDefinition::id)).map(ServiceViews::summary).toList();
    }

    public ServiceViews.ServiceForm form(String code) {
        return ServiceViews.form(offered(code));
    }

    /** The service's current version, if it is offered through the API; otherwise the unknown-service problem. */
    public ServiceDefinition offered(String code) {
        return catalogue.current(code == null ? "" : code).filter(ApiServices::offered)
                .orElseThrow(() -> new ApiProblem(HttpStatus.NOT_FOUND, "unknown-service", String.valueOf(code)));
    }

    private static boolean offered(ServiceDefinition service) {
        return service.channels().contains(Channel.API);
    }
}
