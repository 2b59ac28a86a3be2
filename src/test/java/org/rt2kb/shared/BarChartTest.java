package org.rt2kb.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class BarChartTest {

    @Test
    void shouldDrawEveryYearFromTheFirstToTheLastSoThatGapsShow() {
        BarChart chart = BarChart.ofYears(Map.of(2013, 2L, 2016, 4L));

        assertThat(chart.bars()).extracting(bar -> bar.label().en()).containsExactly("2013", "2014", "2015", "2016");
        assertThat(chart.bars()).extracting(BarChart.Bar::count).containsExactly(2L, 0L, 0L, 4L);
        assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly("45.00%", "0.00%", "0.00%", "90.00%");
        assertThat(chart.bars()).allMatch(BarChart.Bar::labelled);
    }

    @Test
    void shouldLabelOnlyTheEndsAndEveryFifthYearWhenThereAreMany() {
        BarChart chart = BarChart.ofYears(Map.of(1998, 1L, 2024, 3L));

        assertThat(chart.bars().stream()
                        .filter(BarChart.Bar::labelled)
                        .map(bar -> bar.label().en()))
                .containsExactly("1998", "2005", "2010", "2015", "2020", "2024");
    }

    @Test
    void shouldMeasureBarsAgainstTheLongest() {
        BarChart chart = BarChart.of(List.of(
                new BarChart.Count(Multilingual.of("a", "a"), 5, "/a"),
                new BarChart.Count(Multilingual.of("b", "b"), 10, "/b")));

        assertThat(chart.bars()).extracting(BarChart.Bar::length).containsExactly("45.00%", "90.00%");
        assertThat(chart.bars()).extracting(BarChart.Bar::top).containsExactly("55.00%", "10.00%");
        assertThat(IntStream.range(0, 2).mapToObj(chart::across)).containsExactly("0.00%", "50.00%");
        assertThat(BarChart.ofYears(Map.of()).isEmpty()).isTrue();
    }

    @Test
    void shouldKeepTheFirstAndLastYearLabelsInsideTheChart() {
        BarChart chart = BarChart.ofYears(Map.of(2020, 1L, 2024, 1L));

        assertThat(IntStream.range(0, 5).mapToObj(chart::anchor))
                .containsExactly("start", "middle", "middle", "middle", "end");
        assertThat(chart.labelAt(0)).isEqualTo("0.00%");
        assertThat(chart.labelAt(2)).isEqualTo("48.00%");
        assertThat(chart.labelAt(4)).isEqualTo("96.00%");
    }
}
