package org.rt2kb.transfer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.rt2kb.practice.PracticeForm;

/**
 * The columns of the practices CSV, named like the fields of the practice form, in the order of the export. Lists
 * are joined with "; ": countries, themes, GCM objectives, SDG targets, concepts and links.
 */
final class PracticeColumns {

    static final String SLUG = "slug";
    static final String STATUS = "status";
    static final String SEPARATOR = "; ";

    /** Every column an import needs, in export order; the full export adds {@link #STATUS} after the slug. */
    static final List<String> COLUMNS = List.of(
            SLUG,
            "number",
            "group",
            "titleEn",
            "enUnofficial",
            "titleFr",
            "frUnofficial",
            "titleEs",
            "esUnofficial",
            "descriptionEn",
            "descriptionFr",
            "descriptionEs",
            "countries",
            "actor",
            "region",
            "scope",
            "actorType",
            "startYear",
            "endYear",
            "startDate",
            "endDate",
            "themes",
            "gcmObjectives",
            "gcmPrinciples",
            "sdgTargets",
            "concepts",
            "statusNoteEn",
            "statusNoteFr",
            "statusNoteEs",
            "links");

    private PracticeColumns() {}

    static List<String> header(boolean withStatus) {
        List<String> header = new ArrayList<>(COLUMNS);
        if (withStatus) {
            header.add(1, STATUS);
        }
        return header;
    }

    /** A practice's form as one CSV row; {@code status} is left out when null. */
    static List<String> row(PracticeForm f, String status) {
        List<String> row = new ArrayList<>(Arrays.asList(
                f.slug(),
                text(f.number()),
                f.group(),
                f.titleEn(),
                text(f.enUnofficial()),
                f.titleFr(),
                text(f.frUnofficial()),
                f.titleEs(),
                text(f.esUnofficial()),
                f.descriptionEn(),
                f.descriptionFr(),
                f.descriptionEs(),
                join(words(f.countries())),
                f.actor(),
                f.region(),
                f.scope() == null ? null : f.scope().code(),
                f.actorType() == null ? null : f.actorType().code(),
                text(f.startYear()),
                text(f.endYear()),
                text(f.startDate()),
                text(f.endDate()),
                join(f.themes()),
                join(f.gcmObjectives()),
                join(f.gcmPrinciples()),
                join(f.sdgTargets()),
                join(f.concepts()),
                f.statusNoteEn(),
                f.statusNoteFr(),
                f.statusNoteEs(),
                join(
                        f.links() == null
                                ? List.of()
                                : f.links()
                                        .lines()
                                        .map(String::strip)
                                        .filter(l -> !l.isEmpty())
                                        .toList())));
        if (status != null) {
            row.add(1, status);
        }
        return row;
    }

    static String join(List<?> values) {
        return values == null
                ? ""
                : String.join(SEPARATOR, values.stream().map(String::valueOf).toList());
    }

    /** The items of a "; "-joined cell (commas are accepted too for countries). */
    static List<String> split(String cell) {
        if (cell == null || cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(";"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static List<String> words(String text) {
        return text == null || text.isBlank()
                ? List.of()
                : Arrays.asList(text.strip().split("[\\s,;]+"));
    }

    private static String text(Object value) {
        return value == null ? null : Objects.toString(value);
    }
}
