package org.rt2kb.transfer.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** No OCR debris of the source paper is left in any text of the seed files. */
class SeedCleanlinessTest {

    private static final Path SEEDS = Path.of("seeds");

    @Test
    void shouldLeaveNoOcrDebrisInAnySeedText() throws IOException {
        List<Pattern> patterns = Files.readAllLines(SEEDS.resolve("debris-patterns.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(line -> Pattern.compile(line, Pattern.MULTILINE))
                .toList();
        List<String> found = new ArrayList<>();
        JsonMapper json = JsonMapper.builder().build();
        try (Stream<Path> files = Files.walk(SEEDS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                collect(json.readTree(file.toFile()), SEEDS.relativize(file) + ":", patterns, found);
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void shouldRecogniseTheDebrisOfTheSourcePaper() throws IOException {
        String paper = Files.readString(Path.of("src", "test", "resources", "source", "rt2-background-paper.txt"));
        List<String> known = List.of(
                "migrants®",
                "ceuvre",
                "I'échelle",
                "|'adaptation",
                "Bratzil",
                "juridigue",
                "Didlogos",
                "loannina",
                "renumeration",
                "C 102 - C102-",
                "réguliéres",
                "étre");
        List<Pattern> patterns = Files.readAllLines(SEEDS.resolve("debris-patterns.txt")).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#"))
                .map(Pattern::compile)
                .toList();
        for (String debris : known) {
            assertThat(paper).contains(debris);
            assertThat(patterns).as(debris).anyMatch(p -> p.matcher(debris).find());
        }
    }

    private static void collect(JsonNode node, String path, List<Pattern> patterns, List<String> found) {
        if (node.isString()) {
            String text = node.asString();
            if (text.startsWith("http://") || text.startsWith("https://")) {
                return;
            }
            for (Pattern pattern : patterns) {
                var m = pattern.matcher(text);
                if (m.find()) {
                    int from = Math.max(0, m.start() - 30);
                    int to = Math.min(text.length(), m.end() + 30);
                    found.add(path + " /" + pattern + "/ in «" + text.substring(from, to) + "»");
                }
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", patterns, found);
            }
        } else if (node.isObject()) {
            for (var field : node.properties()) {
                collect(field.getValue(), path + "." + field.getKey(), patterns, found);
            }
        }
    }
}
