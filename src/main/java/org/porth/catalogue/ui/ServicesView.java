package org.porth.catalogue.ui;

import java.util.List;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.porth.catalogue.Catalogue;
import org.porth.catalogue.OtherPage;
import org.porth.catalogue.ServiceDefinition;
import org.porth.shared.Council;
import org.porth.shared.Counted;
import org.porth.shared.Language;
import org.porth.shell.ServiceSearchBox;

/**
 * The council's services: by topic, or the results of a search ({@code services?q=bin}), which also
 * lists other pages residents look for (booking a recycling centre visit). Open to everyone:
 * residents find a service before they sign in.
 */
@Route(ServicesView.PATH)
@PageTitle("catalogue.title")
@Menu(order = 0.5, title = "nav.services")
@AnonymousAllowed
class ServicesView extends Div implements BeforeEnterObserver {

    static final String PATH = "services";

    private final Catalogue catalogue;
    private final Council council;
    static final String SEARCH_ID = "service-search";

    private final ServiceSearchBox form = new ServiceSearchBox(SEARCH_ID, "catalogue.search.label", "catalogue.search.hint",
            "catalogue.search.button");
    private final Div content = new Div();

    ServicesView(Catalogue catalogue, Council council) {
        this.catalogue = catalogue;
        this.council = council;
        H1 heading = new H1(getTranslation("catalogue.title"));
        heading.addClassName("porth-heading-l");
        Paragraph intro = new Paragraph(getTranslation("catalogue.intro"));
        intro.addClassName("porth-lead");
        add(heading, intro, form, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String words = event.getLocation().getQueryParameters().getSingleParameter(ServiceSearchBox.PARAMETER)
                .orElse("").strip();
        form.show(words);
        content.removeAll();
        if (words.isEmpty()) {
            showTopics();
        } else {
            showResults(words);
        }
    }

    private void showTopics() {
        Language language = language();
        catalogue.topics().forEach(topic -> {
            List<ServiceDefinition> services = catalogue.servicesInTopic(topic.id(), language);
            if (!services.isEmpty()) {
                H2 heading = new H2(topic.name().in(language));
                heading.addClassName("porth-heading-m");
                Paragraph description = new Paragraph(topic.description().in(language));
                description.addClassName("porth-topic__description");
                Section section = new Section(heading, description, new ServiceList(services, language));
                section.addClassName("porth-topic");
                content.add(section);
            }
        });
    }

    private void showResults(String words) {
        List<ServiceDefinition> found = catalogue.search(words, language());
        List<OtherPage> pages = catalogue.searchOtherPages(words, language());
        int count = found.size() + pages.size();
        H2 heading = new H2(count == 0 ? getTranslation("catalogue.search.none", words)
                : getTranslation(Counted.key("catalogue.search.found", count), count, words));
        heading.addClassName("porth-heading-m");
        content.add(heading);
        if (count == 0) {
            content.add(new Paragraph(getTranslation("catalogue.search.improve")), suggestions(),
                    new Paragraph(getTranslation("catalogue.search.call", council.phone())));
        } else {
            content.add(new ServiceList(found, language()).andPages(pages, language()),
                    new Paragraph(allServicesLink()));
        }
    }

    private UnorderedList suggestions() {
        UnorderedList list = new UnorderedList(new ListItem(getTranslation("catalogue.search.spelling")),
                new ListItem(getTranslation("catalogue.search.other-words")),
                new ListItem(new RouterLink(getTranslation("catalogue.search.browse"), ServicesView.class)));
        list.addClassName("porth-list");
        return list;
    }

    private RouterLink allServicesLink() {
        return new RouterLink(getTranslation("catalogue.browse-all"), ServicesView.class);
    }

    private Language language() {
        return Language.of(getLocale());
    }
}
