package org.porth.channels.api;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The API's OpenAPI 3.1 document, made from the controllers by springdoc at
 * {@code /api/v1/openapi.json}; a copy is kept in {@code docs/api/openapi.json} (OpenApiCopyTest).
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

    static final String SCHEME = "porth";

    @Bean
    OpenAPI porthApi() {
        return new OpenAPI()
                .info(new Info().title("Porth API").version("v1")
                        .description("Send requests to the council as its web forms do, checked by the same rules, "
                                + "and follow them. Errors are RFC 9457 problems in the language of Accept-Language "
                                + "(en or cy). POSTs that make something take an Idempotency-Key header."))
                .components(new Components().addSecuritySchemes(SCHEME, new SecurityScheme()
                        .type(SecurityScheme.Type.OAUTH2)
                        .description("Access tokens from Porth's authorization server")
                        .flows(new OAuthFlows().clientCredentials(new OAuthFlow().tokenUrl("/oauth2/token")
                                .scopes(new Scopes()
                                        .addString("requests:write", "Send requests, files and messages")
                                        .addString("requests:read", "Read requests and their messages"))))))
                .addSecurityItem(new SecurityRequirement().addList(SCHEME));
    }
}
