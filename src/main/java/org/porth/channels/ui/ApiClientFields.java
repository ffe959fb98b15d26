package org.porth.channels.ui;

import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextField;
import org.porth.channels.ApiClientDetails;
import org.porth.channels.ApiClients;
import org.porth.channels.ApiScope;
import org.porth.shell.FieldProblems;

/** The parts of a client an administrator types both when registering it and when changing it. */
final class ApiClientFields {

    final TextField name;
    final TextField owner;
    final CheckboxGroup<ApiScope> scopes;
    final TextField rateLimit;

    ApiClientFields(Component view, FieldProblems problems) {
        name = problems.field(ApiClients.NAME_FIELD, new TextField(view.getTranslation("api-clients.name")));
        owner = problems.field(ApiClients.OWNER_FIELD, new TextField(view.getTranslation("api-clients.owner")));
        owner.setHelperText(view.getTranslation("api-clients.owner.hint"));
        scopes = problems.field(ApiClients.SCOPES_FIELD, new CheckboxGroup<>(view.getTranslation("api-clients.scopes")));
        scopes.setItems(EnumSet.allOf(ApiScope.class));
        scopes.setItemLabelGenerator(scope -> scope.value() + " – " + view.getTranslation(scope.plainWordsKey()));
        rateLimit = problems.field(ApiClients.RATE_LIMIT_FIELD, new TextField(view.getTranslation("api-clients.rate-limit")));
        rateLimit.setHelperText(view.getTranslation("api-clients.rate-limit.hint"));
        rateLimit.setValue("600");
    }

    /** Filled in with the client as it is now. */
    void show(ApiClientDetails client) {
        name.setValue(client.name());
        owner.setValue(client.ownerContact());
        scopes.setValue(client.scopes());
        rateLimit.setValue(String.valueOf(client.rateLimitPerMinute()));
    }

    /** Each field in its group, in the order the pages show them. */
    List<Component> groups() {
        return List.of(FieldProblems.group(name), FieldProblems.group(owner), FieldProblems.group(scopes),
                FieldProblems.group(rateLimit));
    }
}
