package org.tawsim.account.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.tawsim.account.ApiToken;
import org.tawsim.account.ApiTokenService;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.PasswordService;
import org.tawsim.account.TokenScope;
import org.tawsim.account.UserAccount;
import org.tawsim.base.UserError;
import org.tawsim.base.ui.Feedback;
import org.tawsim.base.ui.UserText;

/**
 * The user's own account: the password (changed knowing the current one) and API tokens for scripts (created,
 * shown once, revoked). After a login with a one-time password it shows the password change only.
 */
@Route("account")
@PermitAll
public class AccountView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final ApiTokenService tokens;
    private final UserAccount user;
    private final Grid<ApiToken> grid = new Grid<>();
    private final TextField secret = new TextField();

    public AccountView(ApiTokenService tokens, PasswordService passwords, CurrentUser currentUser) {
        this.tokens = tokens;
        this.user = currentUser.require();
        setSizeFull();
        Paragraph who = new Paragraph(UserText.of(user.displayName()), new Text(" ("), UserText.of(user.login()), new Text(")"));
        who.setId("account-name");
        if (user.mustChangePassword()) {
            PasswordChangeForm form = new PasswordChangeForm(passwords, user, () -> {
                Feedback.success(getTranslation("password.changed"));
                getUI().ifPresent(ui -> ui.navigate(""));
            });
            Paragraph why = new Paragraph(getTranslation("password.required"));
            why.setId("password-required");
            add(new H2(getTranslation("nav.account")), who, new H3(getTranslation("password.title")), why, form);
            form.focusFirst();
            return;
        }
        PasswordChangeForm passwordForm = new PasswordChangeForm(passwords, user,
                () -> Feedback.success(getTranslation("password.changed.others")));

        TextField name = new TextField(getTranslation("token.name"));
        name.setId("token-name");
        name.setHelperText(getTranslation("token.name.help"));
        // read-only unless asked otherwise: a pipeline that only pulls data cannot be turned into one that writes
        Select<TokenScope> scope = new Select<>();
        scope.setId("token-scope");
        scope.setLabel(getTranslation("token.scope"));
        scope.setItems(TokenScope.values());
        scope.setItemLabelGenerator(s -> getTranslation("token.scope.option." + s.dbValue()));
        scope.setValue(TokenScope.READ);
        Button create = new Button(getTranslation("token.create"), e -> {
            try {
                ApiTokenService.CreatedToken created = tokens.create(user, name.getValue(), scope.getValue());
                secret.setValue(created.secret());
                secret.setVisible(true);
                name.clear();
                refresh();
            } catch (UserError error) {
                Feedback.error(error);
            }
        });
        create.setId("token-create");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(name, scope, create);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        secret.setId("token-secret");
        secret.setLabel(getTranslation("token.secret"));
        secret.setHelperText(getTranslation("token.secret.help"));
        secret.setReadOnly(true);
        secret.setWidth("40em");
        secret.setVisible(false);

        grid.setId("tokens");
        UserText.column(grid, ApiToken::name).setHeader(getTranslation("token.name"));
        grid.addColumn(t -> getTranslation("token.scope.option." + t.scope().dbValue())).setHeader(getTranslation("token.scope"));
        grid.addColumn(t -> time(t.createdAt())).setHeader(getTranslation("token.created"));
        grid.addColumn(t -> t.lastUsedAt() == null ? getTranslation("token.never-used") : time(t.lastUsedAt()))
                .setHeader(getTranslation("token.last-used"));
        grid.addComponentColumn(this::status).setHeader(getTranslation("token.status"));
        grid.setAllRowsVisible(true);

        add(new H2(getTranslation("nav.account")), who, new H3(getTranslation("password.title")), passwordForm,
                new H3(getTranslation("token.title")), new Paragraph(getTranslation("token.help")), form, secret, grid);
        refresh();
    }

    private com.vaadin.flow.component.Component status(ApiToken token) {
        if (!token.active()) {
            return new com.vaadin.flow.component.html.Span(getTranslation("token.revoked", time(token.revokedAt())));
        }
        Button revoke = new Button(getTranslation("token.revoke"), e -> {
            tokens.revoke(user, token.id());
            Feedback.success(getTranslation("token.revoked.done", token.name()));
            refresh();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.addClassName("token-revoke");
        return revoke;
    }

    private void refresh() {
        grid.setItems(tokens.list(user));
    }

    private static String time(Instant instant) {
        return TIME.format(instant);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.account");
    }
}
