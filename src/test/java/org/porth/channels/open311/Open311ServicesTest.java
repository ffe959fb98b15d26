package org.porth.channels.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porth.channels.open311.Open311Client.text;
import static org.porth.channels.open311.Open311Client.texts;
import static org.porth.channels.open311.Open311Client.xml;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porth.channels.ApiScope;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;

import tools.jackson.databind.JsonNode;

/** Open311 discovery, services and service definitions, in XML and JSON, as an Open311 client reads them. */
@SpringBootTest
class Open311ServicesTest {

    @Autowired
    private WebApplicationContext context;

    private Open311Client client;

    @BeforeEach
    void anOpen311Client() {
        client = new Open311Client(context, ApiScope.OPEN311);
    }

    @Test
    void discoveryNamesTheEndpointAndItsTwoFormats() throws Exception {
        MockHttpServletResponse response = client.get("discovery.xml");

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("application/xml");
        Document discovery = xml(response);
        assertThat(text(discovery, "/discovery/endpoints/endpoint/url")).endsWith("/open311/v2");
        assertThat(text(discovery, "/discovery/endpoints/endpoint/specification")).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(texts(discovery, "/discovery/endpoints/endpoint/formats/format")).containsExactly("text/xml", "application/json");

        JsonNode json = Open311Client.json(client.get("discovery.json"));
        assertThat(json.get("endpoints").get(0).get("formats").get(1).asString()).isEqualTo("application/json");
    }

    @Test
    void theServicesOfferedInTheirDefinitionsAreListedAsRealtime() throws Exception {
        Document services = xml(client.get("services.xml"));

        assertThat(texts(services, "/services/service/service_code"))
                .containsExactlyInAnyOrder("pothole", "street-light", "missed-bin");
        assertThat(text(services, "/services/service[service_code='pothole']/service_name")).isEqualTo("Report a pothole");
        assertThat(text(services, "/services/service[service_code='pothole']/type")).isEqualTo("realtime");
        assertThat(text(services, "/services/service[service_code='pothole']/metadata")).isEqualTo("true");
        assertThat(text(services, "/services/service[service_code='pothole']/group")).isEqualTo("Roads and pavements");

        JsonNode json = Open311Client.json(client.get("services.json"));
        assertThat(json.isArray()).isTrue();
        assertThat(json.valueStream().map(service -> service.get("service_code").asString()))
                .containsExactlyInAnyOrder("pothole", "street-light", "missed-bin");
    }

    @Test
    void aServiceDefinitionHasTheQuestionsOpen311CannotSayOtherwiseAsAttributes() throws Exception {
        Document definition = xml(client.get("services/pothole.xml"));

        assertThat(text(definition, "/service_definition/service_code")).isEqualTo("pothole");
        assertThat(texts(definition, "/service_definition/attributes/attribute/code"))
                .as("location, email and description come in Open311's own fields; photos cannot come at all")
                .containsExactly("uprn", "surface", "size", "danger");
        String size = "/service_definition/attributes/attribute[code='size']";
        assertThat(text(definition, size + "/datatype")).isEqualTo("singlevaluelist");
        assertThat(text(definition, size + "/required")).isEqualTo("true");
        assertThat(text(definition, size + "/variable")).isEqualTo("true");
        assertThat(text(definition, size + "/order")).isEqualTo("3");
        assertThat(text(definition, size + "/description")).isEqualTo("How big is the pothole?");
        assertThat(texts(definition, size + "/values/value/key")).containsExactly("small", "large", "very-large");
        assertThat(text(definition, size + "/values/value[key='large']/name")).isEqualTo("Bigger than a dinner plate");
        assertThat(texts(definition, "/service_definition/attributes/attribute[code='danger']/values/value/key"))
                .containsExactly("yes", "no");
        assertThat(text(definition, "/service_definition/attributes/attribute[code='uprn']/required"))
                .as("lat and long will do for a location").isEqualTo("false");

        JsonNode json = Open311Client.json(client.get("services/missed-bin.json"));
        JsonNode bins = json.get("attributes").valueStream().filter(a -> a.get("code").asString().equals("bins"))
                .findFirst().orElseThrow();
        assertThat(bins.get("datatype").asString()).isEqualTo("multivaluelist");
        assertThat(bins.get("required").asBoolean()).isTrue();
        assertThat(json.get("attributes").valueStream().map(a -> a.get("code").asString()))
                .contains("uprn", "collection-date").doesNotContain("email", "more-details", "address");
        assertThat(json.get("attributes").valueStream().filter(a -> a.get("code").asString().equals("uprn"))
                .findFirst().orElseThrow().get("required").asBoolean()).as("a missed bin is at a property").isTrue();
    }

    @Test
    void anUnknownServiceOrOneNotOfferedOverOpen311IsNotFoundInTheSpecificationsErrorFormat() throws Exception {
        MockHttpServletResponse unknown = client.get("services/no-such-service.xml");
        assertThat(unknown.getStatus()).isEqualTo(404);
        Document errors = xml(unknown);
        assertThat(text(errors, "/errors/error/code")).isEqualTo("404");
        assertThat(text(errors, "/errors/error/description")).contains("no-such-service");

        MockHttpServletResponse notOffered = client.get("services/register-birth.json");
        assertThat(notOffered.getStatus()).isEqualTo(404);
        assertThat(Open311Client.json(notOffered).get(0).get("code").asInt()).isEqualTo(404);
    }

    @Test
    void everyServiceIsRealtimeSoATokenIsNeverFound() throws Exception {
        MockHttpServletResponse xml = client.get("tokens/12345.xml");
        assertThat(xml.getStatus()).isEqualTo(404);
        assertThat(text(xml(xml), "/errors/error/code")).isEqualTo("404");

        MockHttpServletResponse json = client.get("tokens/12345.json");
        assertThat(json.getStatus()).isEqualTo(404);
        assertThat(Open311Client.json(json).get(0).get("description").asString()).contains("realtime");
    }

    @Test
    void anAddressWithoutXmlOrJsonIsNotFound() throws Exception {
        assertThat(client.get("services.html").getStatus()).isEqualTo(404);
        assertThat(client.get("services/pothole").getStatus()).isEqualTo(404);
    }
}
