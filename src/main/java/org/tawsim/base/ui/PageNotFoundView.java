package org.tawsim.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Any address that is no page, in every mode: Vaadin's own page lists every route in development mode. It names
 * no route, only the way home (the login page for anonymous users), and needs no login, so it works for both.
 */
@AnonymousAllowed
public class PageNotFoundView extends VerticalLayout implements HasErrorParameter<NotFoundException>, HasDynamicTitle {

    public PageNotFoundView() {
        setId("page-not-found");
        setAlignItems(Alignment.CENTER);
        Anchor home = new Anchor("", getTranslation("not-found.home"));
        home.setId("not-found-home");
        add(new H1(getTranslation("not-found.title")), new Paragraph(getTranslation("not-found.message")), home);
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        return HttpServletResponse.SC_NOT_FOUND;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("not-found.title");
    }
}
