package org.rt2kb.instrument;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.rt2kb.shared.Bilingual;
import org.rt2kb.shared.facet.Dimension;
import org.rt2kb.shared.facet.FacetView;
import org.rt2kb.shared.facet.Faceting;
import org.rt2kb.shared.facet.ListPage;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.theme.ThemeService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.util.MultiValueMap;

/** The instruments as drafters browse them: faceted, sorted and paged, as a list or a table. */
@Service
@Transactional(readOnly = true)
public class InstrumentListing {

    static final int PAGE_SIZE = 25;
    private static final String LIST = "/instruments";
    private static final String TABLE = "/instruments?view=table";
    /** The sorts of the list; the first is the default, the annexes' own order. */
    static final List<String> SORTS = List.of("annex", "year", "code", "title");

    private final InstrumentRows rows;
    private final AnnexGroupRepository annexGroups;
    private final ThemeService themes;
    private final MessageSource messages;

    InstrumentListing(
            InstrumentRows rows, AnnexGroupRepository annexGroups, ThemeService themes, MessageSource messages) {
        this.rows = rows;
        this.annexGroups = annexGroups;
        this.themes = themes;
        this.messages = messages;
    }

    /**
     * One page of the instruments list with its facets, the names its rows refer to, whether it shows as a table and
     * the address of the same list in the other view.
     */
    public record InstrumentList(
            ListPage<InstrumentRow> page,
            Map<String, Map<String, Bilingual>> labels,
            boolean table,
            String otherView) {}

    public InstrumentList list(MultiValueMap<String, String> params, Locale locale) {
        boolean table = "table".equals(params.getFirst("view"));
        List<InstrumentRow> all = rows.published();
        Map<String, Map<String, Bilingual>> labels = labels(all);
        Map<String, Set<String>> known = new LinkedHashMap<>();
        labels.forEach((name, values) -> known.put(name, values.keySet()));
        ListState state = ListState.read(table ? TABLE : LIST, params, known, SORTS);
        String otherView =
                ListState.read(table ? LIST : TABLE, params, known, SORTS).href();
        Faceting<InstrumentRow> faceting = new Faceting<>(
                List.of(
                        new Dimension<>("type", row -> List.of(row.type())),
                        new Dimension<>("body", row -> List.of(row.body())),
                        new Dimension<>("binding", row -> List.of(row.binding() ? "binding" : "non-binding")),
                        new Dimension<>("annex", InstrumentRow::annexGroups),
                        new Dimension<>("theme", InstrumentRow::themes)),
                InstrumentRow::year,
                InstrumentRow::year);
        Faceting.Result<InstrumentRow> result = faceting.apply(all, state.selection());
        List<InstrumentRow> sorted = new ArrayList<>(result.matched());
        sorted.sort(order(state.sort(), locale));
        List<FacetView> facets = labels.entrySet().stream()
                .map(facet -> FacetView.of(facet.getKey(), facet.getValue(), state, result))
                .toList();
        return new InstrumentList(ListPage.of(sorted, PAGE_SIZE, state, facets, result), labels, table, otherView);
    }

    private Map<String, Map<String, Bilingual>> labels(List<InstrumentRow> all) {
        Map<String, Map<String, Bilingual>> labels = new LinkedHashMap<>();
        Map<String, Bilingual> types = new LinkedHashMap<>();
        for (InstrumentType type : InstrumentType.values()) {
            types.put(type.code(), Bilingual.message(messages, "instrument.type." + type.code()));
        }
        labels.put("type", types);
        Map<String, Bilingual> bodies = new LinkedHashMap<>();
        all.stream()
                .map(InstrumentRow::body)
                .distinct()
                .sorted()
                .forEach(body -> bodies.put(body, Bilingual.of(body, body)));
        labels.put("body", bodies);
        Map<String, Bilingual> binding = new LinkedHashMap<>();
        binding.put("binding", Bilingual.message(messages, "instrument.binding.true"));
        binding.put("non-binding", Bilingual.message(messages, "instrument.binding.false"));
        labels.put("binding", binding);
        Map<String, Bilingual> groups = new LinkedHashMap<>();
        annexGroups
                .findAllByOrderByPosition()
                .forEach(g -> groups.put(
                        g.getSlug(),
                        new Bilingual(
                                messages.getMessage(
                                        "instrument.annex-group",
                                        new Object[] {g.getAnnex(), g.getTitleEn()},
                                        Locale.ENGLISH),
                                messages.getMessage(
                                        "instrument.annex-group",
                                        new Object[] {g.getAnnex(), g.getTitleFr()},
                                        Locale.FRENCH),
                                false,
                                g.isFrUnofficial())));
        labels.put("annex", groups);
        labels.put("theme", themes.titles());
        return labels;
    }

    private static Comparator<InstrumentRow> order(String sort, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        return switch (sort) {
            case "year" -> Comparator.comparing(InstrumentRow::year, Comparator.nullsLast(Comparator.naturalOrder()));
            case "code" -> Comparator.comparing(InstrumentRow::code, Comparator.nullsLast(Comparator.naturalOrder()));
            case "title" ->
                Comparator.comparing((InstrumentRow row) -> row.title().text(locale), collator);
            default -> (a, b) -> 0; // rows come in the annexes' order; the sort is stable
        };
    }
}
