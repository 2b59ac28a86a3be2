package org.rt2kb.transfer.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.Coded;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every link of the seed files joins the types of entries its relation is for (LinkRelation). */
class SeedLinksTest {

    private static final Path SEEDS = Path.of("seeds");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void shouldJoinOnlyTheTypesEachRelationAllowsInLinksJson() {
        List<String> wrong = new ArrayList<>();
        JsonNode links = JSON.readTree(SEEDS.resolve("links.json").toFile()).get("links");
        assertThat(links.size()).isPositive();
        for (JsonNode link : links) {
            LinkRelation relation = Coded.fromCode(
                            LinkRelation.class, link.get("relation").asString())
                    .orElseThrow();
            String from = link.get("from").asString();
            String to = link.get("to").asString();
            if (!relation.allows(typeOf(from), typeOf(to))) {
                wrong.add(from + " " + relation.code() + " " + to);
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void shouldHavePracticesIllustrateThemesOnly() {
        JsonNode practices =
                JSON.readTree(SEEDS.resolve("practices.json").toFile()).get("practices");
        List<String> themeSlugs = new ArrayList<>();
        JSON.readTree(SEEDS.resolve("themes.json").toFile())
                .get("themes")
                .forEach(theme -> themeSlugs.add(theme.get("slug").asString()));

        assertThat(LinkRelation.ILLUSTRATES.allows(EntryType.PRACTICE, EntryType.THEME))
                .isTrue();
        for (JsonNode practice : practices) {
            practice.get("themes")
                    .forEach(theme -> assertThat(themeSlugs)
                            .as(practice.get("slug").asString())
                            .contains(theme.asString()));
        }
    }

    private static EntryType typeOf(String reference) {
        return Coded.fromCode(EntryType.class, reference.split(":", 2)[0]).orElseThrow();
    }
}
