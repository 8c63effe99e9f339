package org.tawsim.base;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The OpenAPI description served at /v3/api-docs (and browsable at /swagger-ui) for logged-in users. */
@Configuration
class ApiDocumentation {

    @Bean
    OpenAPI tawsimApi() {
        return new OpenAPI()
                .info(new Info().title("Tawsim HTTP API").version("v1")
                        .description("Annotation layers and corpus exports. Offsets are Unicode code points. "
                                + "Authenticate with an API token (Authorization: Bearer; a read token may only GET), "
                                + "HTTP Basic or the browser session."))
                .components(new Components()
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer"))
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")))
                .addSecurityItem(new SecurityRequirement().addList("bearer"))
                .addSecurityItem(new SecurityRequirement().addList("basic"));
    }
}
