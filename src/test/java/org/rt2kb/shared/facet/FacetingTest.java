package org.rt2kb.shared.facet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Narrowing and counting: "or" within a dimension, "and" across, a dimension's own choice left out of its counts. */
class FacetingTest {

    record Item(String name, List<String> colours, List<String> sizes, Integer from, Integer to) {}

    private static final List<Item> ITEMS = List.of(
            new Item("a", List.of("red"), List.of("s"), 2000, 2005),
            new Item("b", List.of("red", "blue"), List.of("m"), 2010, null),
            new Item("c", List.of("blue"), List.of("s"), 2020, 2020),
            new Item("d", List.of("green"), List.of("l"), null, null));

    private final Faceting<Item> faceting = new Faceting<>(
            List.of(new Dimension<>("colour", Item::colours), new Dimension<>("size", Item::sizes)),
            Item::from,
            Item::to);

    @Test
    void shouldKeepEverythingAndCountEveryValueWhenNothingIsChosen() {
        Faceting.Result<Item> result = faceting.apply(ITEMS, selection(Map.of(), YearRange.ANY));

        assertThat(result.matched()).hasSize(4);
        assertThat(result.count("colour", "red")).isEqualTo(2);
        assertThat(result.count("size", "s")).isEqualTo(2);
    }

    @Test
    void shouldCombineValuesOfOneDimensionWithOrAndDimensionsWithAnd() {
        Faceting.Result<Item> result = faceting.apply(
                ITEMS, selection(Map.of("colour", Set.of("red", "green"), "size", Set.of("s", "l")), YearRange.ANY));

        assertThat(result.matched()).extracting(Item::name).containsExactly("a", "d");
    }

    @Test
    void shouldLeaveADimensionsOwnChoiceOutOfItsCounts() {
        Faceting.Result<Item> result = faceting.apply(ITEMS, selection(Map.of("colour", Set.of("red")), YearRange.ANY));

        assertThat(result.count("colour", "blue"))
                .as("adding blue would show b and c")
                .isEqualTo(2);
        assertThat(result.count("size", "m")).as("within red, one item is m").isEqualTo(1);
        assertThat(result.count("size", "l")).isZero();
    }

    @Test
    void shouldKeepItemsOverlappingTheYearsAndDropThoseWithoutAYear() {
        Faceting.Result<Item> result = faceting.apply(ITEMS, selection(Map.of(), new YearRange(2004, 2012)));

        assertThat(result.matched()).extracting(Item::name).containsExactly("a", "b");
        assertThat(faceting.apply(ITEMS, selection(Map.of(), new YearRange(2030, null)))
                        .matched())
                .extracting(Item::name)
                .containsExactly("b");
    }

    @Test
    void shouldCountWhatEachChoiceAloneHides() {
        Faceting.Result<Item> result = faceting.apply(
                ITEMS, selection(Map.of("colour", Set.of("green"), "size", Set.of("s")), new YearRange(2019, 2021)));

        assertThat(result.matched()).isEmpty();
        assertThat(result.relaxed())
                .containsEntry("colour", 1L)
                .doesNotContainKey("size")
                .doesNotContainKey(Faceting.YEARS);
    }

    private static Selection selection(Map<String, Set<String>> chosen, YearRange years) {
        return new Selection(chosen, years);
    }
}
