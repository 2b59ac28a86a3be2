package org.rt2kb.instrument;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rt2kb.support.ApiAssertions.body;
import static org.rt2kb.support.ApiAssertions.get;
import static org.rt2kb.support.ApiAssertions.slugsReadOn;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

@CatalogueTest
class InstrumentApiTest {

    @Autowired
    MockMvcTester mvc;

    @Test
    void shouldListEveryInstrument() {
        var result = get(mvc, "/api/instruments?size=1000");

        assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(74);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.items[*].slug")
                .asArray()
                .contains("iccpr", "c189", "r205", "gcm", "a-hrc-53-26");
    }

    @Test
    void shouldListInTheAnnexesOrderAndReadOnFromCursors() throws Exception {
        List<String> all = JsonPath.read(body(mvc, "/api/instruments?size=1000"), "$.items[*].slug");

        assertThat(all.subList(0, 3)).containsExactly("un-charter", "udhr", "iccpr");
        assertThat(slugsReadOn(mvc, "/api/instruments?lang=en", 9)).isEqualTo(all);
        assertThat(slugsReadOn(mvc, "/api/instruments?annex=c", 4)).hasSize(35).isSubsetOf(all);
    }

    @Test
    void shouldFilterByTypeBodyAnnexAndBinding() {
        // The 20 entries of the ILO conventions group: 19 conventions and the 2014 Protocol (P029).
        assertThat(get(mvc, "/api/instruments?type=ilo-convention"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(19);
        assertThat(get(mvc, "/api/instruments/p029"))
                .bodyJson()
                .extractingPath("$.instrument.type")
                .isEqualTo("protocol");
        assertThat(get(mvc, "/api/instruments?type=ilo-recommendation"))
                .bodyJson()
                .extractingPath("$.items[*].code")
                .asArray()
                .containsExactlyInAnyOrder("R086", "R115", "R151", "R200", "R201", "R202", "R205");
        assertThat(get(mvc, "/api/instruments?annex=b"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(41);
        assertThat(get(mvc, "/api/instruments?annex=C"))
                .bodyJson()
                .extractingPath("$.total")
                .isEqualTo(35);
        assertThat(get(mvc, "/api/instruments?binding=true&body=ILO"))
                .bodyJson()
                .extractingPath("$.items[*].type")
                .asArray()
                .containsOnly("ilo-convention", "protocol");
    }

    @Test
    void shouldAnswerBadFilterValuesWith400() {
        for (String query : new String[] {"type=novel", "body=Nobody", "annex=D", "binding=maybe", "size=0"}) {
            assertThat(get(mvc, "/api/instruments?" + query))
                    .as(query)
                    .hasStatus(HttpStatus.BAD_REQUEST)
                    .bodyJson()
                    .extractingPath("$.parameter")
                    .isEqualTo(query.split("=")[0]);
        }
    }

    @Test
    void shouldShowAnInstrumentWithTheThemesCitingItAndPracticesApplyingIt() {
        var result = get(mvc, "/api/instruments/c181");

        assertThat(result).hasStatusOk();
        assertThat(result).bodyJson().extractingPath("$.instrument.code").isEqualTo("C181");
        assertThat(result).bodyJson().extractingPath("$.instrument.binding").isEqualTo(true);
        assertThat(result)
                .bodyJson()
                .extractingPath("$.links[?(@.direction == 'incoming' && @.relation == 'applies')].slug")
                .asArray()
                .contains("recruitment-advisor");
        assertThat(result)
                .bodyJson()
                .extractingPath("$.links[?(@.direction == 'incoming' && @.relation == 'cites')].slug")
                .asArray()
                .contains("accountability");
    }

    @Test
    void shouldListTheAnnexGroupsAndKeepProtocolsUnderTheirConvention() {
        assertThat(get(mvc, "/api/annex-groups"))
                .bodyJson()
                .extractingPath("$.length()")
                .isEqualTo(6);
        assertThat(get(mvc, "/api/instruments/untoc-smuggling-protocol"))
                .bodyJson()
                .extractingPath("$.instrument.parent")
                .isEqualTo("untoc");
        assertThat(get(mvc, "/api/instruments/nothing")).hasStatus(HttpStatus.NOT_FOUND);
    }
}
