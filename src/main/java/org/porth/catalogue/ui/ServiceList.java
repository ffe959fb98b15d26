package org.porth.catalogue.ui;

import java.util.List;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Language;

/** Services as a list: each name links to the service's start page, with its summary below. */
class ServiceList extends UnorderedList {

    ServiceList(List<ServiceDefinition> services, Language language) {
        addClassName("porth-service-list");
        services.forEach(service -> {
            RouterLink link = new RouterLink(service.name().in(language), ServiceStartView.class,
                    new RouteParameters(ServiceStartView.SERVICE_ID, service.id()));
            link.addClassName("porth-service-list__link");
            Paragraph summary = new Paragraph(service.summary().in(language));
            summary.addClassName("porth-service-list__summary");
            ListItem item = new ListItem(link, summary);
            item.addClassName("porth-service-list__item");
            add(item);
        });
    }
}
