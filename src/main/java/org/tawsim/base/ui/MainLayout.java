package org.tawsim.base.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.util.Map;
import org.tawsim.account.AccountService;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.SystemRole;
import org.tawsim.account.UserAccount;
import org.tawsim.agreement.AgreementService;
import org.tawsim.export.ExportService;

/** The shell around every page after login: navigation, language choice, who is logged in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "ar", "العربية");

    public MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication,
                      AgreementService agreement, ExportService exports) {
        UserAccount user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("tawsim-brand");
        addToDrawer(brand, navigation(user, agreement.mayOpenDashboard(user), exports.mayOpenExports(user)));

        Select<String> language = new Select<>();
        language.setId("ui-language");
        language.setAriaLabel(getTranslation("layout.language"));
        language.setItems("en", "ar");
        language.setItemLabelGenerator(LANGUAGES::get);
        language.setValue(user.uiLanguage());
        language.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                accounts.setLanguage(user.id(), e.getValue());
                UI ui = UI.getCurrent();
                UiLanguage.apply(ui, e.getValue());
                ui.getPage().reload();
            }
        });

        Span who = new Span(UserText.of(user.displayName()), new Text(" · " + getTranslation("role." + user.role().dbValue())));
        who.setId("current-user");
        Button logout = new Button(getTranslation("layout.logout"), VaadinIcon.SIGN_OUT.create(), e -> authentication.logout());
        logout.setId("logout");
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.toggle-navigation"));
        HorizontalLayout header = new HorizontalLayout(toggle, spacer(), who, language, logout);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("tawsim-header");
        addToNavbar(header);
    }

    /** Only the pages this user may open: agreement and exports follow the user's project roles. */
    private SideNav navigation(UserAccount user, boolean agreementPage, boolean exportsPage) {
        SideNav nav = new SideNav();
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("layout.toggle-children")));
        nav.addItem(new SideNavItem(getTranslation("nav.my-documents"), "", VaadinIcon.FILE_TEXT_O.create()));
        nav.addItem(new SideNavItem(getTranslation("nav.projects"), "projects", VaadinIcon.FOLDER_O.create()));
        if (agreementPage) {
            nav.addItem(new SideNavItem(getTranslation("nav.agreement"), "agreement", VaadinIcon.SCALE.create()));
        }
        if (exportsPage) {
            nav.addItem(new SideNavItem(getTranslation("nav.exports"), "exports", VaadinIcon.DOWNLOAD.create()));
        }
        if (user.role() == SystemRole.ADMIN) {
            nav.addItem(new SideNavItem(getTranslation("nav.admin"), "admin", VaadinIcon.COG_O.create()));
        }
        nav.addItem(new SideNavItem(getTranslation("nav.account"), "account", VaadinIcon.USER.create()));
        return nav;
    }

    private static Span spacer() {
        Span spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");
        return spacer;
    }
}
