package org.rt2kb.web;

import java.util.LinkedHashMap;
import java.util.Map;
import org.rt2kb.reference.SourceDocument;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.json.JsonMapper;

/** The schema.org descriptions that entry pages carry as JSON-LD, and their safe writing. */
public final class SchemaOrg {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private SchemaOrg() {}

    /**
     * The description as JSON that is safe inside a {@code <script>} element: no {@code </}, {@code <!--} or line
     * separator can close or break the element.
     */
    public static String json(Map<String, Object> description) {
        return JSON.writeValueAsString(description)
                .replace("<", "\\u003c")
                .replace(">", "\\u003e")
                .replace("&", "\\u0026")
                .replace("\u2028", "\\u2028")
                .replace("\u2029", "\\u2029");
    }

    /** A description of {@code type} with the context, its name and the absolute address of {@code path}. */
    public static Map<String, Object> thing(String type, String name, String path) {
        Map<String, Object> thing = new LinkedHashMap<>();
        thing.put("@context", "https://schema.org");
        thing.put("@type", type);
        thing.put("name", name);
        thing.put(
                "url",
                ServletUriComponentsBuilder.fromCurrentContextPath().path(path).toUriString());
        return thing;
    }

    /** The paper an entry comes from, as a schema.org Report. */
    public static Map<String, Object> report(SourceDocument source) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("@type", "Report");
        report.put("name", source.getTitle().en());
        report.put("alternateName", source.getTitle().fr());
        report.put("datePublished", String.valueOf(source.getYear()));
        report.put("publisher", Map.of("@type", "Organization", "name", source.getForum()));
        return report;
    }
}
