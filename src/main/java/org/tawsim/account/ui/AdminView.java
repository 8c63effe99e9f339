package org.tawsim.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tawsim.account.AccountService;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;

/** Accounts: create people, set their system role, switch them off. Admins only. */
@Route("admin")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final Grid<UserAccount> grid = new Grid<>();

    public AdminView(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        UserAccount me = currentUser.require();
        setSizeFull();
        add(new H2(getTranslation("nav.admin")), new H3(getTranslation("admin.new-account")), newAccountForm());

        grid.setId("accounts");
        grid.addColumn(UserAccount::login).setHeader(getTranslation("account.login"));
        grid.addColumn(UserAccount::displayName).setHeader(getTranslation("account.display-name"));
        grid.addColumn(a -> getTranslation("role." + a.role().dbValue())).setHeader(getTranslation("account.role"));
        grid.addComponentColumn(a -> {
            Checkbox enabled = new Checkbox(a.enabled());
            enabled.setEnabled(a.id() != me.id()); // nobody locks themselves out
            enabled.setAriaLabel(getTranslation("account.enabled") + " " + a.login());
            enabled.addValueChangeListener(e -> accounts.setEnabled(a.id(), e.getValue()));
            return enabled;
        }).setHeader(getTranslation("account.enabled"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private FormLayout newAccountForm() {
        TextField login = new TextField(getTranslation("account.login"));
        login.setId("new-login");
        TextField displayName = new TextField(getTranslation("account.display-name"));
        PasswordField password = new PasswordField(getTranslation("account.password"));
        password.setId("new-password");
        password.setHelperText(getTranslation("account.password.help"));
        Select<SystemRole> role = new Select<>();
        role.setLabel(getTranslation("account.role"));
        role.setItems(SystemRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.dbValue()));
        role.setValue(SystemRole.ANNOTATOR);
        Button create = new Button(getTranslation("action.create"), e -> {
            try {
                UserAccount created = accounts.create(login.getValue(), password.getValue(), displayName.getValue(), role.getValue());
                Feedback.success(getTranslation("admin.created", created.login()));
                login.clear();
                displayName.clear();
                password.clear();
                refresh();
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        create.setId("new-account");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(login, displayName, password, role, create);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40em", 5));
        return form;
    }

    private void refresh() {
        grid.setItems(accounts.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.admin");
    }
}
