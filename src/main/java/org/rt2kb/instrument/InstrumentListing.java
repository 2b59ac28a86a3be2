package org.rt2kb.instrument;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.rt2kb.shared.CatalogueGeneration;
import org.rt2kb.shared.Languages;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.facet.FacetView;
import org.rt2kb.shared.facet.IndexedPage;
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
    private final InstrumentIndex index;
    private final InstrumentRepository instruments;
    private final AnnexGroupRepository annexGroups;
    private final ThemeService themes;
    private final MessageSource messages;
    /** The names of the facets' values, read again only after the catalogue has changed. */
    private final Supplier<Map<String, Map<String, Multilingual>>> labels;

    InstrumentListing(
            InstrumentRows rows,
            InstrumentIndex index,
            InstrumentRepository instruments,
            AnnexGroupRepository annexGroups,
            ThemeService themes,
            MessageSource messages,
            CatalogueGeneration generation) {
        this.rows = rows;
        this.index = index;
        this.instruments = instruments;
        this.annexGroups = annexGroups;
        this.themes = themes;
        this.messages = messages;
        this.labels = generation.cached(this::labels);
    }

    /**
     * One page of the instruments list with its facets, the names its rows refer to, whether it shows as a table and
     * the address of the same list in the other view.
     */
    public record InstrumentList(
            ListPage<InstrumentRow> page,
            Map<String, Map<String, Multilingual>> labels,
            boolean table,
            String otherView) {}

    public InstrumentList list(MultiValueMap<String, String> params, Locale locale) {
        boolean table = "table".equals(params.getFirst("view"));
        Map<String, Map<String, Multilingual>> labels = this.labels.get();
        Map<String, Set<String>> known = known();
        IndexedPage found = index.find(ListState.read(table ? TABLE : LIST, params, known, SORTS), locale, PAGE_SIZE);
        String otherView =
                ListState.read(table ? LIST : TABLE, params, known, SORTS).href();
        List<FacetView> facets = labels.entrySet().stream()
                .map(facet -> FacetView.of(facet.getKey(), facet.getValue(), found.state(), found))
                .toList();
        return new InstrumentList(
                ListPage.of(rows.published(found.ids(), index::practicesLinkedWith), found, PAGE_SIZE, facets),
                labels,
                table,
                otherView);
    }

    /**
     * The published instruments the list's choices in {@code params} select, all of them, in the annexes' order: what
     * a download of the list holds.
     */
    public List<Long> chosen(MultiValueMap<String, String> params) {
        ListState state = ListState.read(LIST, params, known(), SORTS).strict();
        return index.slice(state.selection(), null, 0, Integer.MAX_VALUE).ids();
    }

    private Map<String, Set<String>> known() {
        Map<String, Set<String>> known = new LinkedHashMap<>();
        labels.get().forEach((name, values) -> known.put(name, values.keySet()));
        return known;
    }

    private Map<String, Map<String, Multilingual>> labels() {
        Map<String, Map<String, Multilingual>> labels = new LinkedHashMap<>();
        Map<String, Multilingual> types = new LinkedHashMap<>();
        for (InstrumentType type : InstrumentType.values()) {
            types.put(type.code(), Multilingual.message(messages, "instrument.type." + type.code()));
        }
        labels.put("type", types);
        labels.put("body", instruments.findPublishedBodies());
        Map<String, Multilingual> binding = new LinkedHashMap<>();
        binding.put("binding", Multilingual.message(messages, "instrument.binding.true"));
        binding.put("non-binding", Multilingual.message(messages, "instrument.binding.false"));
        labels.put("binding", binding);
        Map<String, Multilingual> groups = new LinkedHashMap<>();
        annexGroups.findAllByOrderByPosition().forEach(g -> groups.put(g.getSlug(), annexGroupLabel(g)));
        labels.put("annex", groups);
        labels.put("theme", themes.titles());
        return labels;
    }

    /** "Annex B: …" in each language the group's title is written in. */
    private Multilingual annexGroupLabel(AnnexGroup group) {
        Map<String, String> texts = new HashMap<>();
        for (Locale language : Languages.ALL) {
            String title = group.getTitle().get(language.getLanguage());
            if (title != null) {
                texts.put(
                        language.getLanguage(),
                        messages.getMessage(
                                "instrument.annex-group", new Object[] {group.getAnnex(), title}, language));
            }
        }
        return new Multilingual(texts, group.getTitle().unofficial());
    }
}
