package org.porth.catalogue.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import org.porth.catalogue.OtherPage;
import org.porth.catalogue.ServiceDefinition;
import org.porth.catalogue.Text;
import org.porth.shared.Language;

/**
 * Services as a list: each name links to the service's start page, with its summary below; other
 * pages a search found follow, linking to themselves.
 */
class ServiceList extends UnorderedList {

    ServiceList(List<ServiceDefinition> services, Language language) {
        addClassName("porth-service-list");
        services.forEach(service -> add(service.summary(), language, new RouterLink(service.name().in(language),
                ServiceStartView.class, new RouteParameters(ServiceStartView.SERVICE_ID, service.id()))));
    }

    /** Other pages after the services, each name linking to its page. */
    ServiceList andPages(List<OtherPage> pages, Language language) {
        pages.forEach(page -> add(page.summary(), language, new Anchor(page.path(), page.name().in(language))));
        return this;
    }

    private void add(Text summaryText, Language language, Component link) {
        link.addClassName("porth-service-list__link");
        Paragraph summary = new Paragraph(summaryText.in(language));
        summary.addClassName("porth-service-list__summary");
        ListItem item = new ListItem(link, summary);
        item.addClassName("porth-service-list__item");
        add(item);
    }
}
