package org.tawsim.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tawsim.account.AccountService;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.PasswordPolicy;
import org.tawsim.account.PasswordService;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.UserText;

/**
 * Accounts: create people, switch them on and off (off ends their sessions and API tokens at once), reset a
 * forgotten or leaked password to a one-time one. Admins only.
 */
@Route("admin")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    private final PasswordService passwords;
    private final UserAccount me;
    private final Grid<UserAccount> grid = new Grid<>();

    public AdminView(AccountService accounts, PasswordService passwords, CurrentUser currentUser) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.me = currentUser.require();
        setSizeFull();
        add(new H2(getTranslation("nav.admin")), new H3(getTranslation("admin.new-account")), newAccountForm());

        grid.setId("accounts");
        UserText.column(grid, UserAccount::login).setHeader(getTranslation("account.login"));
        UserText.column(grid, UserAccount::displayName).setHeader(getTranslation("account.display-name"));
        grid.addColumn(a -> getTranslation("role." + a.role().dbValue())).setHeader(getTranslation("account.role"));
        grid.addComponentColumn(this::enabledBox).setHeader(getTranslation("account.enabled"));
        grid.addComponentColumn(this::passwordCell).setHeader(getTranslation("account.password"));
        grid.setSizeFull();
        add(grid);
        refresh();
    }

    private Checkbox enabledBox(UserAccount account) {
        Checkbox enabled = new Checkbox(account.enabled());
        enabled.addClassName("account-enabled");
        enabled.setEnabled(account.id() != me.id()); // nobody locks themselves out
        enabled.setAriaLabel(getTranslation("account.enabled") + " " + account.login());
        enabled.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                accounts.setEnabled(me, account.id(), e.getValue());
                Feedback.success(getTranslation(e.getValue() ? "admin.enabled" : "admin.disabled", account.login()));
            } catch (UserError error) {
                Feedback.error(error);
            }
            refresh();
        });
        return enabled;
    }

    private Component passwordCell(UserAccount account) {
        HorizontalLayout cell = new HorizontalLayout();
        cell.setAlignItems(FlexComponent.Alignment.BASELINE);
        if (account.mustChangePassword()) {
            Span pending = new Span(getTranslation("admin.must-change"));
            pending.addClassName("account-must-change");
            cell.add(pending);
        }
        if (account.id() != me.id()) { // one's own password is changed on My account
            Button reset = new Button(getTranslation("admin.reset"),
                    e -> new PasswordResetDialog(me, account, passwords, this::refresh).open());
            reset.addClassName("account-reset");
            reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            reset.setAriaLabel(getTranslation("admin.reset.title", account.login()));
            cell.add(reset);
        }
        return cell;
    }

    private FormLayout newAccountForm() {
        TextField login = new TextField(getTranslation("account.login"));
        login.setId("new-login");
        TextField displayName = new TextField(getTranslation("account.display-name"));
        PasswordField password = RevealButtonLabel.translate(new PasswordField(getTranslation("account.password")));
        password.setId("new-password");
        password.setHelperText(getTranslation("admin.new-password.help", PasswordPolicy.MIN_LENGTH));
        Select<SystemRole> role = new Select<>();
        role.setLabel(getTranslation("account.role"));
        role.setItems(SystemRole.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.dbValue()));
        role.setValue(SystemRole.ANNOTATOR);
        Button create = new Button(getTranslation("action.create"), e -> {
            try {
                UserAccount created = accounts.createByAdmin(me, login.getValue(), password.getValue(), displayName.getValue(),
                        role.getValue());
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
