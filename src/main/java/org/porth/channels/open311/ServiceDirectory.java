package org.porth.channels.open311;

import static org.porth.channels.open311.GeoReport.group;
import static org.porth.channels.open311.GeoReport.items;
import static org.porth.channels.open311.GeoReport.value;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.porth.catalogue.Catalogue;
import org.porth.catalogue.Open311Offer;
import org.porth.catalogue.Option;
import org.porth.catalogue.Question;
import org.porth.catalogue.QuestionType;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;
import org.springframework.stereotype.Component;

/**
 * GeoReport's {@code services} and {@code services/{service_code}}: the services whose definitions
 * offer them over Open311, and their questions as attributes. Open311 speaks English: the names are
 * the English ones (a Welsh client reads the web pages, which speak both).
 */
@Component
class ServiceDirectory {

    private final Catalogue catalogue;

    ServiceDirectory(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    List<ServiceDefinition> offered() {
        return catalogue.services(Language.ENGLISH).stream().filter(service -> service.open311() != null).toList();
    }

    Optional<ServiceDefinition> offered(String serviceCode) {
        return catalogue.current(serviceCode).filter(service -> service.open311() != null);
    }

    GeoReport list() {
        return items("services", offered().stream().map(ServiceDirectory::entry).toList());
    }

    GeoReport definition(ServiceDefinition service) {
        return group("service_definition", value("service_code", service.id()),
                items("attributes", attributes(service)));
    }

    private static GeoReport entry(ServiceDefinition service) {
        return group("service", value("service_code", service.id()), value("service_name", service.name().en()),
                value("description", service.summary().en()), value("metadata", true), value("type", "realtime"),
                value("keywords", String.join(", ", service.keywords().getOrDefault("en", List.of()))),
                value("group", service.open311().group()));
    }

    private static List<GeoReport> attributes(ServiceDefinition service) {
        Open311Offer offer = service.open311();
        List<GeoReport> attributes = new ArrayList<>();
        for (Question question : service.questions()) {
            FieldRole role = FieldRole.of(question, offer);
            if (role == FieldRole.ATTRIBUTE) {
                attributes.add(attribute(question.id(), FieldRole.datatype(question.type()), question.required(),
                        question.label().en(), hint(question), attributes.size() + 1, values(question)));
            } else if (role == FieldRole.LOCATION && attributes.stream().noneMatch(a -> isUprn(a))) {
                // an address must be a property: the UPRN; a location may instead be lat/long
                attributes.add(attribute(FieldRole.UPRN, "string", question.required()
                        && question.type() == QuestionType.ADDRESS, "The property's UPRN (Unique Property Reference Number)",
                        "Or address_id; for a location, lat and long will do", attributes.size() + 1, List.of()));
            }
        }
        return attributes;
    }

    private static boolean isUprn(GeoReport attribute) {
        return attribute instanceof GeoReport.Group group && group.parts().get(1).equals(value("code", FieldRole.UPRN));
    }

    private static GeoReport attribute(String code, String datatype, boolean required, String description,
            String datatypeDescription, int order, List<GeoReport> values) {
        return group("attribute", value("variable", true), value("code", code), value("datatype", datatype),
                value("required", required), value("datatype_description", datatypeDescription),
                value("order", order), value("description", description), items("values", values));
    }

    private static String hint(Question question) {
        return question.hint() == null ? null : question.hint().en();
    }

    private static List<GeoReport> values(Question question) {
        if (question.type() == QuestionType.YES_NO) {
            return List.of(choice("yes", "Yes"), choice("no", "No"));
        }
        return question.options().stream().map(ServiceDirectory::choice).toList();
    }

    private static GeoReport choice(Option option) {
        return choice(option.value(), option.label().en());
    }

    private static GeoReport choice(String key, String name) {
        return group("value", value("key", key), value("name", name));
    }
}
