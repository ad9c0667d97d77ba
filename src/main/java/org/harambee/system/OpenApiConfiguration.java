package org.harambee.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.math.BigDecimal;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document's title and its one security scheme, so that Swagger UI can sign in; and the answer every
 * operation may give when the node is past capacity or cannot reach its database: 503 with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
@OpenAPIDefinition(
        info =
                @Info(
                        title = "Harambee API",
                        version = "v1",
                        description = "Community-led child protection at scale. Errors are RFC 9457 problem details."
                                + " Any operation may answer 503 with a Retry-After header (seconds) when the server"
                                + " is busy: nothing was done; send the same request again after that delay.",
                        license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
class OpenApiConfiguration {

    static final String BUSY = "ServiceUnavailable";

    @Bean
    OpenApiCustomizer busyAnswer() {
        return api -> {
            if (api.getComponents() == null) {
                api.setComponents(new Components());
            }
            api.getComponents().addResponses(BUSY, busy());
            ApiResponse reference = new ApiResponse().$ref("#/components/responses/" + BUSY);
            if (api.getPaths() != null) {
                api.getPaths()
                        .values()
                        .forEach(path -> path.readOperations()
                                .forEach(operation -> operation.getResponses().addApiResponse("503", reference)));
            }
        };
    }

    private static ApiResponse busy() {
        ObjectSchema problem = new ObjectSchema();
        problem.addProperty("type", new StringSchema().example("about:blank"));
        problem.addProperty("title", new StringSchema().example("Service Unavailable"));
        problem.addProperty("status", new IntegerSchema().example(503));
        problem.addProperty("detail", new StringSchema());
        problem.addProperty("instance", new StringSchema());
        problem.addProperty("retryAfter", new IntegerSchema().description("the same delay as Retry-After, seconds"));
        return new ApiResponse()
                .description("Busy or without its database for now: nothing was done. Retry after Retry-After"
                        + " seconds; the same request may be sent again.")
                .addHeaderObject(
                        "Retry-After",
                        new Header()
                                .description("Seconds to wait before sending the request again")
                                .schema(new IntegerSchema().minimum(BigDecimal.ONE)))
                .content(new Content().addMediaType("application/problem+json", new MediaType().schema(problem)));
    }
}
