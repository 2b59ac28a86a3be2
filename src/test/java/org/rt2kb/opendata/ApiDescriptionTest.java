package org.rt2kb.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** The OpenAPI description of the JSON API: every route Spring MVC maps under /api, with its errors and paging. */
@CatalogueTest
class ApiDescriptionTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void shouldDescribeEveryApiRouteWithItsErrorsAndPaging() throws Exception {
        String json = document("en");
        Set<String> mapped = new TreeSet<>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getPatternValues().stream()
                        .filter(pattern -> pattern.startsWith("/api/"))
                        .forEach(mapped::add));
        Map<String, Object> paths = JsonPath.read(json, "$.paths");

        assertThat(mapped).hasSizeGreaterThan(10);
        assertThat(new TreeSet<>(paths.keySet())).isEqualTo(mapped);
        for (String path : mapped) {
            Map<String, Object> responses = JsonPath.read(json, "$.paths['" + path + "'].get.responses");
            assertThat(responses).as(path).containsKeys("200", "400", "503");
            assertThat(responses.containsKey("404")).as(path).isEqualTo(path.contains("{"));
        }
        assertThat((String) JsonPath.read(
                        json,
                        "$.paths['/api/practices'].get.responses.400.content"
                                + "['application/problem+json'].schema.$ref"))
                .isEqualTo("#/components/schemas/Problem");
        List<String> paging = JsonPath.read(
                json, "$.paths['/api/practices'].get.parameters[?(@.name in ['page', 'size', 'after'])].description");
        assertThat(paging)
                .hasSize(3)
                .allSatisfy(description -> assertThat(description).isNotBlank());
    }

    @Test
    void shouldDescribeAParameterTheWayItsRouteMeansIt() throws Exception {
        List<String> suggestTypes = JsonPath.read(
                document("fr"), "$.paths['/api/suggest'].get.parameters[?(@.name == 'type')].description");
        List<String> instrumentTypes = JsonPath.read(
                document("en"), "$.paths['/api/instruments'].get.parameters[?(@.name == 'type')].description");

        assertThat(suggestTypes).singleElement().asString().contains("practice", "concept", "400");
        assertThat(instrumentTypes.toString()).doesNotContain("concept");
    }

    @Test
    void shouldDescribeTheApiInTheReadersLanguage() throws Exception {
        assertThat((String) JsonPath.read(document("fr"), "$.info.title")).contains("données ouvertes");
        assertThat((String) JsonPath.read(document("en"), "$.info.title")).contains("open data");
        assertThat((String) JsonPath.read(document("en"), "$.info.license.url"))
                .isEqualTo("https://creativecommons.org/licenses/by/4.0/");
    }

    @Test
    void shouldServeTheInteractivePageFromTheJar() {
        assertThat(mvc.get().uri("/swagger-ui/index.html"))
                .hasStatusOk()
                .bodyText()
                .contains("swagger-ui");
    }

    private String document(String language) throws Exception {
        return mvc.get()
                .uri("/v3/api-docs")
                .header("Accept-Language", language)
                .exchange()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }
}
