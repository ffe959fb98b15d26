package org.porth.channels.open311;


import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;

import org.porth.browserless.People;
import org.porth.channels.ApiClients;
import org.porth.channels.ApiScope;
import org.porth.channels.IssuedSecret;
import org.porth.channels.NewApiClient;
import org.porth.identity.Role;
import org.springframework.http.MediaType;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers;
import org.springframework.web.context.WebApplicationContext;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Requests exactly as an Open311 client (FixMyStreet) sends them, through the portal's real filter
 * chains, and the answers read back with a real XML parser or a JSON parser.
 */
final class Open311Client {

    /** Stryd Fawr in the sample gazetteer. */
    static final String LATITUDE = "51.600689";
    static final String LONGITUDE = "-3.895022";

    private final MockMvc mvc;
    private final String key;

    /** A client registered as an administrator registers one, with the given scopes; its key is its id and secret. */
    Open311Client(WebApplicationContext context, ApiScope... scopes) {
        this.mvc = MockMvcBuilders.webAppContextSetup(context).apply(SecurityMockMvcConfigurers.springSecurity()).build();
        SecurityContextHolder.getContext().setAuthentication(People.signedIn("Alex Morgan", "alex.morgan@porth.example.gov.uk", Role.ADMIN));
        try {
            IssuedSecret issued = context.getBean(ApiClients.class).register(new NewApiClient(
                    "FixMyStreet " + UUID.randomUUID().toString().substring(0, 8), "fms@example.com", Set.of(scopes),
                    "600", true, ""));
            this.key = issued.clientId() + ":" + issued.secret();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    String key() {
        return key;
    }

    MockHttpServletResponse get(String path, String... query) throws Exception {
        var request = MockMvcRequestBuilders.get("/open311/v2/" + path);
        for (int i = 0; i < query.length; i += 2) {
            request.queryParam(query[i], query[i + 1]);
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    /** A form-encoded POST, the fields in the order given (names may repeat, as {@code attribute[x][]} do). */
    MockHttpServletResponse post(String path, List<Map.Entry<String, String>> form) throws Exception {
        StringBuilder body = new StringBuilder();
        for (Map.Entry<String, String> field : form) {
            if (!body.isEmpty()) {
                body.append('&');
            }
            body.append(encode(field.getKey())).append('=').append(encode(field.getValue()));
        }
        return mvc.perform(MockMvcRequestBuilders.post("/open311/v2/" + path)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).content(body.toString())).andReturn().getResponse();
    }

    /** A complete pothole report, as FixMyStreet sends one, with the key and a description of its own. */
    List<Map.Entry<String, String>> pothole(String description) {
        List<Map.Entry<String, String>> form = new ArrayList<>();
        form.add(Map.entry("api_key", key));
        form.add(Map.entry("service_code", "pothole"));
        form.add(Map.entry("lat", LATITUDE));
        form.add(Map.entry("long", LONGITUDE));
        form.add(Map.entry("email", "reporter@example.com"));
        form.add(Map.entry("first_name", "Dewi"));
        form.add(Map.entry("last_name", "Pritchard"));
        form.add(Map.entry("phone", "07700 900123"));
        form.add(Map.entry("description", description));
        form.add(Map.entry("media_url", "https://fixmystreet.example/photo/1.jpeg"));
        form.add(Map.entry("attribute[surface]", "road"));
        form.add(Map.entry("attribute[size]", "large"));
        form.add(Map.entry("attribute[danger]", "no"));
        return form;
    }

    static List<Map.Entry<String, String>> without(List<Map.Entry<String, String>> form, String name) {
        return form.stream().filter(field -> !field.getKey().equals(name)).toList();
    }

    static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> form, String name, String value) {
        List<Map.Entry<String, String>> changed = new ArrayList<>(without(form, name));
        changed.add(Map.entry(name, value));
        return changed;
    }

    static Document xml(MockHttpServletResponse response) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(response.getContentAsByteArray()));
    }

    static String text(Document xml, String xpath) throws Exception {
        return (String) XPathFactory.newInstance().newXPath().evaluate(xpath, xml, XPathConstants.STRING);
    }

    static List<String> texts(Document xml, String xpath) throws Exception {
        NodeList nodes = (NodeList) XPathFactory.newInstance().newXPath().evaluate(xpath, xml, XPathConstants.NODESET);
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }

    static JsonNode json(MockHttpServletResponse response) throws Exception {
        return JsonMapper.builder().build().readTree(response.getContentAsString(StandardCharsets.UTF_8));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
