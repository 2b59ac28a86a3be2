package org.rt2kb.shared.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.util.UriComponentsBuilder;

/** Reading a list's address, and the addresses one click away. */
class ListStateTest {

    private static final Map<String, Set<String>> KNOWN = new LinkedHashMap<>();

    static {
        KNOWN.put("country", Set.of("FI", "SE", "CÔ"));
        KNOWN.put("theme", Set.of("health", "housing"));
    }

    private static final List<String> SORTS = List.of("number", "title");

    @Test
    void shouldReadChoicesYearsSortAndPage() {
        ListState state = read("/practices?theme=health&country=SE&country=FI&from=2010&to=2020&sort=title&page=2");

        assertThat(state.chosen("country")).containsExactly("SE", "FI");
        assertThat(state.years()).isEqualTo(new YearRange(2010, 2020));
        assertThat(state.sort()).isEqualTo("title");
        assertThat(state.page()).isEqualTo(2);
        assertThat(state.notices()).isEmpty();
        assertThat(state.href())
                .isEqualTo("/practices?country=SE&country=FI&theme=health&from=2010&to=2020&sort=title&page=2");
    }

    @Test
    void shouldBuildTheAddressesOneClickAwayBackOnPageOne() {
        ListState state = read("/practices?country=FI&page=3");

        assertThat(state.toggle("country", "SE")).isEqualTo("/practices?country=FI&country=SE");
        assertThat(state.toggle("country", "FI")).isEqualTo("/practices");
        assertThat(state.without("country")).isEqualTo("/practices");
        assertThat(state.sortedBy("title")).isEqualTo("/practices?country=FI&sort=title");
        assertThat(state.onPage(2)).isEqualTo("/practices?country=FI&page=2");
        assertThat(state.toggle("country", "CÔ")).isEqualTo("/practices?country=FI&country=C%C3%94");
    }

    @Test
    void shouldDropWhatItCannotUseWithANoticeEach() {
        ListState state = read("/practices?country=ZZ&theme=&from=20x0&to=1800&sort=colour&page=-1&utm=x");

        assertThat(state.selection().isEmpty()).isTrue();
        assertThat(state.sort()).isEqualTo("number");
        assertThat(state.page()).isEqualTo(1);
        assertThat(state.notices())
                .extracting(Notice::key)
                .containsExactly(
                        "notice.unknown-value",
                        "notice.bad-year",
                        "notice.bad-year",
                        "notice.unknown-sort",
                        "notice.bad-page");
    }

    @Test
    void shouldSwapYearsGivenTheWrongWayRound() {
        ListState state = read("/practices?from=2020&to=2010");

        assertThat(state.years()).isEqualTo(new YearRange(2010, 2020));
        assertThat(state.notices()).extracting(Notice::key).containsExactly("notice.years-swapped");
    }

    @Test
    void shouldMoveToTheLastPageWhenAskedForOneBeyond() {
        ListState state = read("/practices?page=9").within(2);

        assertThat(state.page()).isEqualTo(2);
        assertThat(state.notices()).extracting(Notice::key).containsExactly("notice.page-beyond");
        assertThat(read("/practices?page=2").within(2).notices()).isEmpty();
    }

    @Test
    void shouldShowAPagerOfThousandsOfPagesAsTheEndsAndTheNumbersAroundThisPage() {
        assertThat(read("/practices").pagerNumbers(4000)).containsExactly(1, 2, 3, 0, 4000);
        assertThat(read("/practices?page=50").pagerNumbers(4000)).containsExactly(1, 0, 48, 49, 50, 51, 52, 0, 4000);
        assertThat(read("/practices?page=4").pagerNumbers(4000))
                .as("a gap that would hide one number shows it")
                .containsExactly(1, 2, 3, 4, 5, 6, 0, 4000);
        assertThat(read("/practices?page=3").pagerNumbers(4)).containsExactly(1, 2, 3, 4);
        assertThat(read("/practices").pagerNumbers(1)).containsExactly(1);
    }

    @Test
    void shouldKeepAFixedViewInEveryAddress() {
        ListState state = ListState.read("/instruments?view=table", params("theme=health"), KNOWN, SORTS);

        assertThat(state.toggle("theme", "housing")).isEqualTo("/instruments?view=table&theme=health&theme=housing");
        assertThat(state.cleared()).isEqualTo("/instruments?view=table");
        assertThat(state.fixed()).containsExactly(Map.entry("view", "table"));
        assertThat(ListState.read("/search?q=l%E2%80%99accueil%20digne", params(""), KNOWN, SORTS)
                        .fixed())
                .containsExactly(Map.entry("q", "l’accueil digne"));
    }

    private static ListState read(String address) {
        String[] parts = address.split("\\?", 2);
        return ListState.read(parts[0], params(parts.length > 1 ? parts[1] : ""), KNOWN, SORTS);
    }

    private static MultiValueMap<String, String> params(String query) {
        MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
        UriComponentsBuilder.fromUriString("/?" + query)
                .build()
                .getQueryParams()
                .forEach((name, values) -> values.forEach(v -> params.add(name, v == null ? "" : v)));
        return params;
    }
}
