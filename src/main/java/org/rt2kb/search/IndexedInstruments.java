package org.rt2kb.search;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.hibernate.search.engine.search.sort.dsl.SearchSortFactory;
import org.hibernate.search.engine.search.sort.dsl.SortFinalStep;
import org.rt2kb.instrument.Instrument;
import org.rt2kb.instrument.InstrumentIndex;
import org.rt2kb.practice.Practice;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.IndexedSlice;
import org.rt2kb.shared.facet.ListCursor;
import org.rt2kb.shared.facet.ListState;
import org.rt2kb.shared.facet.Selection;
import org.springframework.stereotype.Component;

/** The instruments list from the index: its five facets and its sorts, as {@code InstrumentListing} names them. */
@Component
class IndexedInstruments implements InstrumentIndex {

    private final IndexedLists lists;

    IndexedInstruments(IndexedLists lists) {
        this.lists = lists;
    }

    @Override
    public IndexedPage find(ListState state, Locale locale, int size) {
        return lists.page(Instrument.class, state, f -> sort(f, state.sort(), locale), size);
    }

    @Override
    public IndexedSlice slice(Selection selection, ListCursor after, int offset, int size) {
        return lists.slice(Instrument.class, selection, after, offset, size);
    }

    @Override
    public Map<String, Long> practicesTaggedWithObjectives(List<String> numbers) {
        return lists.countEach(Practice.class, "gcm", numbers);
    }

    /** Counted in the practices' index, by their "instrument" facet: the published instruments they are linked with. */
    @Override
    public Map<String, Long> practicesLinkedWith(List<String> slugs) {
        return lists.countEach(Practice.class, "instrument", slugs);
    }

    /** The annexes' order breaks every tie, as the list was always shown in it. */
    private static SortFinalStep sort(SearchSortFactory f, String sort, Locale locale) {
        boolean french = Locale.FRENCH.getLanguage().equals(locale.getLanguage());
        return f.composite(c -> {
            switch (sort) {
                case "year" -> c.add(f.field(ListFields.FROM).missing().last());
                case "code" -> c.add(f.field(ListFields.CODE).missing().last());
                case "title" -> c.add(f.field(french ? ListFields.TITLE_FR : ListFields.TITLE_EN));
                default -> {}
            }
            c.add(f.field(ListFields.ORDER));
            c.add(f.field(ListFields.ID));
        });
    }
}
