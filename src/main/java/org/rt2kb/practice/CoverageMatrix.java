package org.rt2kb.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.facet.FacetCounts;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Practices counted per theme (rows) and per value of one practice field (columns: compendium groups or GCM
 * objectives), as the search index counts them, drawn as a heat map. Each cell links to the practices list with both
 * filters; a row's total counts each practice once. Columns show a short name (a letter for groups, the number for
 * objectives) so that the matrix fits the page; the full names are in its legend.
 */
public record CoverageMatrix(
        String parameter, List<Column> columns, List<Row> rows, List<ShadedMap.Band> legend, boolean lettered) {

    /** A column, with the short name its header shows (a letter or the key) and its full label. */
    public record Column(String key, String shortName, Multilingual label) {}

    public record Row(String theme, Multilingual label, List<Cell> cells, long total) {}

    /**
     * A count, the address of the practices it counts (null when there are none), and its shade in the heat map, from
     * 0 (none) to 5 (the most of the matrix).
     */
    public record Cell(long count, String href, int shade) {}

    /**
     * The matrix of the practices counted per theme ({@code counted}, one count per theme) and per value of the
     * dimension {@code parameter}, over the columns in {@code columns}.
     */
    static CoverageMatrix of(
            String parameter,
            Map<String, Multilingual> themes,
            Map<String, Multilingual> columns,
            Map<String, ? extends FacetCounts> counted,
            boolean lettered) {
        long most = themes.keySet().stream()
                .flatMap(theme ->
                        columns.keySet().stream().map(c -> counted.get(theme).count(parameter, c)))
                .mapToLong(Long::longValue)
                .max()
                .orElse(0);
        List<ShadedMap.Band> legend = ShadedMap.bands(most);
        List<Row> rows = new ArrayList<>();
        themes.forEach((theme, title) -> {
            FacetCounts illustrating = counted.get(theme);
            List<Cell> cells = columns.keySet().stream()
                    .map(column -> cell(theme, parameter, column, illustrating.count(parameter, column), legend))
                    .toList();
            rows.add(new Row(theme, title, cells, illustrating.total()));
        });
        List<Column> heads = new ArrayList<>();
        columns.forEach((key, label) ->
                heads.add(new Column(key, lettered ? String.valueOf((char) ('A' + heads.size())) : key, label)));
        return new CoverageMatrix(parameter, heads, rows, legend, lettered);
    }

    private static Cell cell(String theme, String parameter, String column, long count, List<ShadedMap.Band> legend) {
        return new Cell(
                count,
                count == 0
                        ? null
                        : UriComponentsBuilder.fromPath("/practices")
                                .queryParam("theme", theme)
                                .queryParam(parameter, column)
                                .encode()
                                .build()
                                .toUriString(),
                count == 0 ? 0 : ShadedMap.shadeOf(count, legend));
    }
}
