package org.tawsim.base;

import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * With several instances behind one proxy, each instance appends its route to the session ids it issues
 * ({@code JSESSIONID=….a}), so the proxy can send a browser back to the instance that holds its Vaadin UI
 * (see deploy/nginx/tawsim.conf). Empty by default: a single instance needs no route.
 */
@Component
class InstanceRoute implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    private final String route;

    InstanceRoute(@Value("${tawsim.instance.route:}") String route) {
        if (!route.isEmpty() && !route.matches("[A-Za-z0-9_-]{1,32}")) {
            // the route ends up in a cookie and in the proxy's pattern: keep it plain
            throw new IllegalArgumentException("tawsim.instance.route must be letters, digits, '_' or '-': " + route);
        }
        this.route = route;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        if (!route.isEmpty()) {
            // The route belongs to Tomcat's engine; the session manager reads it when the context starts.
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())
                        && context.getParent().getParent() instanceof Engine engine) {
                    engine.setJvmRoute(route);
                }
            }));
        }
    }
}
