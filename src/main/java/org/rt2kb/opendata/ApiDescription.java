package org.rt2kb.opendata;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Locale;
import org.springdoc.core.customizers.OpenApiLocaleCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * What the OpenAPI description of the JSON API says beyond what springdoc reads from the controllers, in the
 * reader's language: the API itself, its paging parameters, and the problem documents (RFC 9457) it answers errors
 * with.
 */
@Component
class ApiDescription implements OpenApiLocaleCustomizer {

    private static final String PROBLEM = "Problem";
    private static final String PROBLEM_JSON = "application/problem+json";

    private final MessageSource messages;

    ApiDescription(MessageSource messages) {
        this.messages = messages;
    }

    @Override
    public void customise(OpenAPI api, Locale locale) {
        api.info(new Info()
                .title(text("api.doc.title", locale))
                .description(text("api.doc.description", locale))
                .license(new License().name(text("about.terms.name", locale)).url(text("about.terms.url", locale)))
                .version("1"));
        if (api.getComponents() == null) {
            api.components(new Components());
        }
        api.getComponents().addSchemas(PROBLEM, problem(locale));
        api.getPaths()
                .forEach((path, item) -> item.readOperations().forEach(operation -> {
                    describeParameters(operation, path, locale);
                    errors(operation, path.contains("{"), locale);
                }));
    }

    /**
     * Describes the parameters with the message "api.doc.param.{name}", or "api.doc.param.{route}.{name}" for what
     * one route alone means by it ("api.doc.param.suggest.type" for /api/suggest).
     */
    private void describeParameters(Operation operation, String path, Locale locale) {
        if (operation.getParameters() == null) {
            return;
        }
        String route = path.substring("/api/".length()).replace('/', '.');
        for (Parameter parameter : operation.getParameters()) {
            String name = parameter.getName();
            String general = messages.getMessage("api.doc.param." + name, null, null, locale);
            String description = messages.getMessage("api.doc.param." + route + "." + name, null, general, locale);
            if (description != null) {
                parameter.description(description);
            }
        }
    }

    /** Any operation may refuse a parameter or be briefly unavailable; one that names an entry may find none. */
    private void errors(Operation operation, boolean namesAnEntry, Locale locale) {
        operation.getResponses().addApiResponse("400", problemResponse("api.doc.error.400", locale));
        if (namesAnEntry) {
            operation.getResponses().addApiResponse("404", problemResponse("api.doc.error.404", locale));
        }
        operation.getResponses().addApiResponse("503", problemResponse("api.doc.error.503", locale));
    }

    private ApiResponse problemResponse(String key, Locale locale) {
        Schema<?> reference = new Schema<>().$ref("#/components/schemas/" + PROBLEM);
        return new ApiResponse()
                .description(text(key, locale))
                .content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(reference)));
    }

    private Schema<?> problem(Locale locale) {
        return new ObjectSchema()
                .description(text("api.doc.problem", locale))
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema().description(text("api.doc.problem.title", locale)))
                .addProperty("status", new IntegerSchema())
                .addProperty("detail", new StringSchema().description(text("api.doc.problem.detail", locale)))
                .addProperty("instance", new StringSchema())
                .addProperty("parameter", new StringSchema().description(text("api.doc.problem.parameter", locale)));
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
