package org.rt2kb.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.facet.FacetCounts;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Practices counted per theme (rows) and per value of one practice field (columns: compendium groups or GCM
 * objectives), as the search index counts them. Each cell links to the practices list with both filters; a row's total
 * counts each practice once.
 */
public record CoverageMatrix(String parameter, List<Column> columns, List<Row> rows) {

    public record Column(String key, Multilingual label) {}

    public record Row(String theme, Multilingual label, List<Cell> cells, long total) {}

    /** A count, and the address of the practices it counts (null when there are none). */
    public record Cell(long count, String href) {}

    /**
     * The matrix of the practices counted per theme ({@code counted}, one count per theme) and per value of the
     * dimension {@code parameter}, over the columns in {@code columns}.
     */
    static CoverageMatrix of(
            String parameter,
            Map<String, Multilingual> themes,
            Map<String, Multilingual> columns,
            Map<String, ? extends FacetCounts> counted) {
        List<Row> rows = new ArrayList<>();
        themes.forEach((theme, title) -> {
            FacetCounts illustrating = counted.get(theme);
            List<Cell> cells = columns.keySet().stream()
                    .map(column -> cell(theme, parameter, column, illustrating.count(parameter, column)))
                    .toList();
            rows.add(new Row(theme, title, cells, illustrating.total()));
        });
        return new CoverageMatrix(
                parameter,
                columns.entrySet().stream()
                        .map(c -> new Column(c.getKey(), c.getValue()))
                        .toList(),
                rows);
    }

    private static Cell cell(String theme, String parameter, String column, long count) {
        return new Cell(
                count,
                count == 0
                        ? null
                        : UriComponentsBuilder.fromPath("/practices")
                                .queryParam("theme", theme)
                                .queryParam(parameter, column)
                                .encode()
                                .build()
                                .toUriString());
    }
}
