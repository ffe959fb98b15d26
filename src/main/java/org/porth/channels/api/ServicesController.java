package org.porth.channels.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/v1/services", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Services", description = "The council's services offered through the API, and their questions")
class ServicesController {

    private final ApiServices services;

    ServicesController(ApiServices services) {
        this.services = services;
    }

    @GetMapping
    @Operation(summary = "The services a request can be sent for")
    List<ServiceViews.ServiceSummary> list() {
        return services.list();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One service's questions, as the form engine checks the answers")
    ServiceViews.ServiceForm form(@PathVariable String code) {
        return services.form(code);
    }
}
