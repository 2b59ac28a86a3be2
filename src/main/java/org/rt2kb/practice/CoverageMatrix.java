package org.rt2kb.practice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.rt2kb.shared.Bilingual;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Practices counted per theme (rows) and per value of one practice field (columns: compendium groups or GCM
 * objectives). Each cell links to the practices list with both filters; a row's total counts each practice once.
 */
public record CoverageMatrix(String parameter, List<Column> columns, List<Row> rows) {

    public record Column(String key, Bilingual label) {}

    public record Row(String theme, Bilingual label, List<Cell> cells, long total) {}

    /** A count, and the address of the practices it counts (null when there are none). */
    public record Cell(long count, String href) {}

    /** Counts {@code practices} by theme and by the values {@code field} gives, over the columns in {@code columns}. */
    static CoverageMatrix of(
            String parameter,
            Map<String, Bilingual> themes,
            Map<String, Bilingual> columns,
            List<PracticeRow> practices,
            Function<PracticeRow, List<String>> field) {
        List<Row> rows = new ArrayList<>();
        themes.forEach((theme, title) -> {
            List<PracticeRow> illustrating =
                    practices.stream().filter(p -> p.themes().contains(theme)).toList();
            List<Cell> cells = columns.keySet().stream()
                    .map(column -> {
                        long count = illustrating.stream()
                                .filter(p -> field.apply(p).contains(column))
                                .count();
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
                    })
                    .toList();
            rows.add(new Row(theme, title, cells, illustrating.size()));
        });
        return new CoverageMatrix(
                parameter,
                columns.entrySet().stream()
                        .map(c -> new Column(c.getKey(), c.getValue()))
                        .toList(),
                rows);
    }
}
