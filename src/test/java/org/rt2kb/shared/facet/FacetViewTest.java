package org.rt2kb.shared.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.rt2kb.shared.Multilingual;
import org.springframework.util.LinkedMultiValueMap;

class FacetViewTest {

    /** 40 instruments in the labels' order; i-40 counts 40, i-39 counts 39 … i-1 counts 1, and i-0 none. */
    private static final Map<String, Multilingual> LABELS = new LinkedHashMap<>();

    static {
        for (int i = 0; i <= 40; i++) {
            LABELS.put("i-" + i, Multilingual.of("Instrument " + i, "Instrument " + i));
        }
    }

    @Test
    void shouldShowTheMostFrequentValuesInTheLabelsOrderWithTheChosenOnesAndCountTheRest() {
        ListState state = ListState.read(
                "/practices",
                new LinkedMultiValueMap<>(Map.of("instrument", List.of("i-2"))),
                Map.of("instrument", LABELS.keySet()),
                List.of("number"));

        FacetView view = FacetView.of("instrument", LABELS, state, value -> Long.parseLong(value.substring(2)));

        List<String> shown =
                view.options().stream().map(FacetView.Option::value).toList();
        assertThat(shown).hasSize(FacetView.MOST_SHOWN);
        assertThat(shown.get(0))
                .as("the chosen value, though rare, in the labels' order")
                .isEqualTo("i-2");
        assertThat(shown.subList(1, shown.size()))
                .as("the 29 most frequent")
                .isEqualTo(IntStream.rangeClosed(12, 40).mapToObj(i -> "i-" + i).toList());
        assertThat(view.hidden()).as("counted values left out; i-0 counts none").isEqualTo(10);
        assertThat(view.options().get(0).selected()).isTrue();
    }

    @Test
    void shouldKeepTheFirstInTheLabelsOrderAmongEqualCounts() {
        ListState state = ListState.read(
                "/practices", new LinkedMultiValueMap<>(), Map.of("instrument", LABELS.keySet()), List.of("number"));

        FacetView view = FacetView.of("instrument", LABELS, state, value -> value.equals("i-0") ? 0 : 1);

        assertThat(view.options())
                .extracting(FacetView.Option::value)
                .containsExactlyElementsOf(
                        IntStream.rangeClosed(1, 30).mapToObj(i -> "i-" + i).toList());
        assertThat(Set.copyOf(
                        view.options().stream().map(FacetView.Option::count).toList()))
                .containsExactly(1L);
    }
}
