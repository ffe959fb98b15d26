package org.porth.channels.open311;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import tools.jackson.databind.json.JsonMapper;

/** Writes a {@link GeoReport} in the format the address asked for: {@code .xml} or {@code .json}. */
final class GeoReportWriter {

    private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private GeoReportWriter() {
    }

    static String write(GeoReport report, Format format) {
        return format == Format.XML ? xml(report) : JSON.writeValueAsString(json(report));
    }

    private static String xml(GeoReport report) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter xml = XML.createXMLStreamWriter(text);
            xml.writeStartDocument("UTF-8", "1.0");
            element(xml, report);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("Writing an Open311 answer failed", e);
        }
        return text.toString();
    }

    private static void element(XMLStreamWriter xml, GeoReport report) throws XMLStreamException {
        xml.writeStartElement(report.name());
        switch (report) {
            case GeoReport.Value value -> {
                if (value.value() != null) {
                    xml.writeCharacters(value.value().toString());
                }
            }
            case GeoReport.Group group -> {
                for (GeoReport part : group.parts()) {
                    element(xml, part);
                }
            }
            case GeoReport.Items items -> {
                for (GeoReport item : items.items()) {
                    element(xml, item);
                }
            }
        }
        xml.writeEndElement();
    }

    private static Object json(GeoReport report) {
        return switch (report) {
            case GeoReport.Value value -> value.value();
            case GeoReport.Group group -> {
                Map<String, Object> object = new LinkedHashMap<>();
                group.parts().forEach(part -> object.put(part.name(), json(part)));
                yield object;
            }
            case GeoReport.Items items -> {
                List<Object> array = new ArrayList<>();
                items.items().forEach(item -> array.add(json(item)));
                yield array;
            }
        };
    }
}
