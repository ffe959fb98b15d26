package org.porth.catalogue;

import java.util.List;
import java.util.Map;

/**
 * A page residents look for that is not a service's start page, such as booking a recycling centre
 * visit (booked on its own, without a form): search lists it with the services.
 *
 * @param path     the page's address in the portal, e.g. {@code book/recycling-centre}
 * @param keywords words residents search with, per language code ({@code en}, {@code cy})
 */
public record OtherPage(String path, Text name, Text summary, Map<String, List<String>> keywords) {

    public OtherPage {
        keywords = Map.copyOf(keywords);
    }
}
