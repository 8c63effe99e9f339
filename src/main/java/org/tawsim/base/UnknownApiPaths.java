package org.tawsim.base;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.HttpRequestHandler;
import org.springframework.web.servlet.handler.SimpleUrlHandlerMapping;

/**
 * An /api/ path that no endpoint serves is 404, not Vaadin's page: Vaadin's servlet takes every path Spring MVC
 * does not, and answered 200 with HTML. Ordered right after the annotated endpoints, so a known path with the
 * wrong method or media type still gets Spring's 405 or 415.
 */
@Configuration(proxyBeanMethods = false)
class UnknownApiPaths {

    @Bean
    SimpleUrlHandlerMapping unknownApiPathMapping() {
        HttpRequestHandler notFound = (request, response) -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        SimpleUrlHandlerMapping mapping = new SimpleUrlHandlerMapping(Map.of("/api/**", notFound));
        mapping.setOrder(1); // RequestMappingHandlerMapping is 0; Vaadin's catch-all and static resources come later
        return mapping;
    }
}
