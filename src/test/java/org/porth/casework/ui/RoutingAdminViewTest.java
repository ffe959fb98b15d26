package org.porth.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porth.browserless.People;
import org.porth.browserless.PortalViewTest;
import org.porth.catalogue.ServiceDefinition;
import org.porth.identity.Role;
import org.porth.shell.ErrorSummary;
import org.porth.shell.ForbiddenView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The routing rules page: a refusal keeps what was typed and says why; Try it says where a request would go. */
class RoutingAdminViewTest extends PortalViewTest {

    @Autowired
    private JdbcTemplate jdbc;

    /** Other tests route by the definitions. */
    @AfterEach
    void backToTheDefinitionsRouting() {
        jdbc.update("delete from routing_override");
    }

    @Test
    void routingNamingAMissingQueueIsRefusedNextToTheFieldAndInTheSummaryKeepingWhatWasTyped() {
        openPotholeRouting();
        TextArea routing = routing();
        String typed = routing.getValue().replace("highway-emergencies", "highway-emergencys");
        routing.setValue(typed);

        click("routing-save");

        String problem = "The routing cannot be used: Service pothole: routing names the queue 'highway-emergencys',"
                + " which does not exist";
        assertThat(routing.isInvalid()).isTrue();
        assertThat(routing.getErrorMessage()).isEqualTo(problem);
        assertThat(find(Anchor.class).from(find(ErrorSummary.class).single()).all()).extracting(Anchor::getText)
                .containsExactly(problem);
        assertThat(routing.getValue()).as("nothing typed is lost").isEqualTo(typed);
        assertThat(jdbc.queryForObject("select count(*) from routing_override", Integer.class)).isZero();
    }

    @Test
    void savedRoutingIsShownNextTime() {
        openPotholeRouting();
        routing().setValue(routing().getValue().replace("highway-emergencies", "street-lighting"));

        click("routing-save");

        assertThat(find(Div.class).withId("routing-notice").single().getElement()
                .getTextRecursively()).startsWith("Saved. New requests for");
        openPotholeRouting();
        assertThat(routing().getValue()).contains("queue: street-lighting");
    }

    @Test
    void tryItSaysWhichQueueAndRuleASampleRequestWouldGoTo() {
        openPotholeRouting();
        find(TextArea.class).withId("preview-answers").single().setValue("surface=road\ndanger=yes");

        click("preview-button");

        assertThat(previewResult()).isEqualTo("This request would go to Highway emergencies by the rule 'dangerous now'.");

        find(TextArea.class).withId("preview-answers").single().setValue("danger=no");
        click("preview-button");

        assertThat(previewResult()).isEqualTo(
                "This request would go to Highway inspections, the service's default queue: no rule matched.");
    }

    @Test
    void aCaseworkerCannotOpenIt() {
        signIn(People.officer(Role.CASEWORKER, Role.SUPERVISOR));

        UI.getCurrent().navigate("staff/admin/routing");

        assertThat(currentView()).isInstanceOf(ForbiddenView.class);
    }

    private void openPotholeRouting() {
        signIn(People.officer(Role.ADMIN));
        navigate(RoutingAdminView.class);
        @SuppressWarnings("unchecked")
        Select<ServiceDefinition> service = find(Select.class).withId("routing-service").single();
        service.setValue(service.getListDataView().getItems()
                .filter(definition -> definition.id().equals("pothole")).findFirst().orElseThrow());
    }

    private TextArea routing() {
        return find(TextArea.class).withId(RoutingAdminView.ROUTING_FIELD).single();
    }

    private void click(String id) {
        test(find(NativeButton.class).withId(id).single()).click();
    }

    private String previewResult() {
        return find(Paragraph.class).withId("preview-result").single().getText();
    }
}
