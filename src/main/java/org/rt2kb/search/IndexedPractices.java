package org.rt2kb.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.rt2kb.practice.Practice;
import org.rt2kb.practice.PracticeIndex;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.IndexedSlice;
import org.rt2kb.shared.facet.ListCursor;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.shared.facet.Selection;
import org.springframework.stereotype.Component;

/** The practices list from the index: its eight facets and its sorts, as {@code PracticeListing} names them. */
@Component
class IndexedPractices implements PracticeIndex {

    private final IndexedLists lists;

    IndexedPractices(IndexedLists lists) {
        this.lists = lists;
    }

    @Override
    public IndexedPage find(ListState state, Locale locale, int size) {
        return lists.page(Practice.class, state, f -> sort(f, state.sort(), locale), size);
    }

    @Override
    public IndexedPage first(ListState state, int size) {
        return lists.first(Practice.class, state, f -> sort(f, "number", Locale.ENGLISH), size);
    }

    @Override
    public IndexedPage counts(ListState state, List<String> dimensions) {
        return lists.counts(Practice.class, state, dimensions);
    }

    @Override
    public Map<Integer, Long> startYears(ListState state) {
        return lists.startYears(Practice.class, state);
    }

    @Override
    public IndexedSlice slice(Selection selection, ListCursor after, int offset, int size) {
        return lists.slice(Practice.class, selection, after, offset, size);
    }

    /** The compendium's order breaks every tie, as the list was always shown in it. */
    private static SortFinalStep sort(SearchSortFactory f, String sort, Locale locale) {
        boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return f.composite(c -> {
            switch (sort) {
                case "title" -> c.add(f.field(french ? ListFields.TITLE_FR : ListFields.TITLE_EN));
                case "year" -> c.add(f.field(ListFields.FROM).desc().missing().last());
                case "country" ->
                    c.add(f.field(french ? ListFields.COUNTRY_FR : ListFields.COUNTRY_EN)
                            .missing()
                            .last());
                default -> {}
            }
            c.add(f.field(ListFields.ORDER));
            c.add(f.field(ListFields.ID));
        });
    }
}
