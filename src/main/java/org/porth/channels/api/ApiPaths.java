package org.porth.channels.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Any other call under {@code /api/} (a path the API does not have, or a method a path does not take)
 * is the not-found problem, rather than reaching the portal's pages. Every controller's own paths are
 * more specific, so they win; the developers' page ({@code /api/v1/swagger-ui/}) is left to springdoc.
 */
@RestController
@Hidden
class ApiPaths {

    @RequestMapping({"/api", "/api/", "/api/{version:(?!v1$).+}/**", "/api/v1", "/api/v1/",
            "/api/v1/{segment:(?!swagger-ui$).+}", "/api/v1/{segment:(?!swagger-ui$).+}/**"})
    ResponseEntity<Map<String, Object>> noSuchPath(HttpServletRequest request) {
        return ProblemBodies.response(ApiProblem.notFound(), request);
    }
}
