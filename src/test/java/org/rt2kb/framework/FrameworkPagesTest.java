package org.rt2kb.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.Pages.page;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** The pages of a GCM objective and of an SDG target: what is tagged with it, counted as the catalogue holds it. */
@CatalogueTest
class FrameworkPagesTest {

    @Autowired
    MockMvcTester mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void shouldListAndCountWhatIsTaggedWithAnObjective() {
        int objective = jdbc.sql("""
                        select objective_number from entry_gcm_objective group by objective_number
                        order by count(*) desc limit 1""").query(Integer.class).single();
        Document page = page(mvc, "/gcm/objectives/" + objective);

        for (String type : TaggedEntries.TYPES) {
            long tagged = jdbc.sql("""
                            select count(*) from entry_gcm_objective g join entry e on e.id = g.entry_id
                            where g.objective_number = :n and e.entry_type = :type and e.status = 'published'""")
                    .param("n", objective)
                    .param("type", type)
                    .query(Long.class)
                    .single();
            assertThat(page.select("section." + type + " li")).as(type).hasSize((int) Math.min(tagged, 50));
        }
        assertThat(page.select("h1").text()).startsWith(objective + ". ");
        assertThat(page.select("section.practice a[href=/practices?gcm=" + objective + "]"))
                .hasSize(1);
    }

    @Test
    void shouldListWhatEmbodiesAGuidingPrincipleFromTheCompactsPage() {
        Document compact = page(mvc, "/instruments/gcm");
        assertThat(compact.select("ul.principles a").eachAttr("href"))
                .hasSize(10)
                .startsWith("/gcm/principles/people-centred")
                .contains("/gcm/principles/child-sensitive");

        Document principle = page(mvc, "/gcm/principles/child-sensitive", "fr", HttpStatus.OK);
        assertThat(principle.select(".kicker").text())
                .isEqualTo("Pacte mondial sur les migrations : principe directeur");
        assertThat(principle.select("section.instrument a[href=/instruments/crc]"))
                .hasSize(1);
        long practices = jdbc.sql("""
                        select count(*) from entry_gcm_principle g join entry e on e.id = g.entry_id
                        where g.principle_slug = 'child-sensitive' and e.entry_type = 'practice'
                        and e.status = 'published'""").query(Long.class).single();
        assertThat(practices).isPositive();
        assertThat(principle.select("section.practice li")).hasSize((int) practices);
        assertThat(principle.select("section.practice a[href^=/practices?]")).isEmpty();
        String practice = principle.select("section.practice a").first().attr("href");
        assertThat(page(mvc, practice).select("a[href=/gcm/principles/child-sensitive]"))
                .hasSize(1);
        page(mvc, "/gcm/principles/no-such-principle", "en", HttpStatus.NOT_FOUND);
    }

    @Test
    void shouldShowATargetInTheReadersLanguageAndBeReachedFromAPracticesPage() {
        String code = jdbc.sql("select target_code from entry_sdg_target order by target_code limit 1")
                .query(String.class)
                .single();
        String practice = jdbc.sql("""
                        select e.slug from entry_sdg_target s join entry e on e.id = s.entry_id
                        where s.target_code = :code and e.entry_type = 'practice' and e.status = 'published' limit 1""").param("code", code).query(String.class).single();

        Document target = page(mvc, "/sdg/targets/" + code, "fr", HttpStatus.OK);
        assertThat(target.select(".kicker").text()).isEqualTo("Objectifs de développement durable : cible");
        assertThat(target.select("section.practice a[href=/practices/" + practice + "]"))
                .hasSize(1);
        assertThat(page(mvc, "/practices/" + practice).select("a[href=/sdg/targets/" + code + "]"))
                .hasSize(1);
    }

    @Test
    void shouldAnswerAnUnknownObjectiveOrTargetWithNotFoundAndANonNumberWithBadRequest() {
        page(mvc, "/gcm/objectives/24", "en", HttpStatus.NOT_FOUND);
        page(mvc, "/sdg/targets/99.99", "en", HttpStatus.NOT_FOUND);
        page(mvc, "/gcm/objectives/six", "en", HttpStatus.BAD_REQUEST);
    }
}
