package org.tawsim.account.ui;

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
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.tawsim.account.AccountService;
import org.tawsim.account.CurrentUser;
import org.tawsim.account.UserAccount;
import org.tawsim.base.ui.MenuEntry;
import org.tawsim.base.ui.UiLanguage;
import org.tawsim.base.ui.UserText;

/** The shell around every page after login: navigation, language choice, who is logged in. */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    private static final Map<String, String> LANGUAGES = Map.of("en", "English", "ar", "العربية");

    public MainLayout(CurrentUser currentUser, AccountService accounts, AuthenticationContext authentication,
                      List<MenuEntry> menu) {
        UserAccount user = currentUser.require();
        setPrimarySection(Section.DRAWER);

        Span brand = new Span(getTranslation("app.name"));
        brand.addClassName("tawsim-brand");
        addToDrawer(brand, navigation(menu));

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

    /** Only the pages this user may open, each contributed by its feature. */
    private SideNav navigation(List<MenuEntry> menu) {
        SideNav nav = new SideNav();
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("layout.toggle-children")));
        menu.stream().sorted(Comparator.comparingInt(MenuEntry::order)).filter(MenuEntry::visible)
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view(),
                        entry.icon().create())));
        return nav;
    }

    private static Span spacer() {
        Span spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");
        return spacer;
    }
}
