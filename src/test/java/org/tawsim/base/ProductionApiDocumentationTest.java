package org.tawsim.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springdoc.core.configuration.SpringDocConfiguration;
import org.springdoc.core.properties.SpringDocConfigProperties;
import org.springdoc.core.properties.SwaggerUiConfigProperties;
import org.springdoc.core.properties.SwaggerUiOAuthProperties;
import org.springdoc.webmvc.api.OpenApiWebMvcResource;
import org.springdoc.webmvc.core.configuration.SpringDocWebMvcConfiguration;
import org.springdoc.webmvc.ui.SwaggerConfig;
import org.springdoc.webmvc.ui.SwaggerWelcomeWebMvc;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jackson.JacksonAutoConfiguration;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcAutoConfiguration;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;

/**
 * The prod profile serves neither the OpenAPI description (/v3/api-docs) nor Swagger UI. Checked on springdoc's
 * own auto-configuration with the app's property files, without starting the app or a database.
 */
class ProductionApiDocumentationTest {

    private final WebApplicationContextRunner springdoc = new WebApplicationContextRunner()
            .withInitializer(new ConfigDataApplicationContextInitializer())
            .withConfiguration(AutoConfigurations.of(JacksonAutoConfiguration.class, WebMvcAutoConfiguration.class))
            // springdoc's own auto-configuration list for the API description and Swagger UI on Spring MVC
            .withConfiguration(AutoConfigurations.of(SpringDocConfiguration.class, SpringDocConfigProperties.class,
                    SpringDocWebMvcConfiguration.class, SwaggerConfig.class, SwaggerUiConfigProperties.class,
                    SwaggerUiOAuthProperties.class));

    @Test
    void theProdProfilePublishesNoApiDescription() {
        springdoc.withPropertyValues("spring.profiles.active=prod").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context).doesNotHaveBean(OpenApiWebMvcResource.class);
            assertThat(context).doesNotHaveBean(SwaggerWelcomeWebMvc.class);
        });
    }

    @Test
    void otherProfilesDo() {
        springdoc.run(context -> {
            assertThat(context).hasSingleBean(OpenApiWebMvcResource.class);
            assertThat(context).hasSingleBean(SwaggerWelcomeWebMvc.class);
        });
    }
}
