package org.rt2kb.instrument;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rt2kb.annotation.LinksAndNotes;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.entry.EntryNotFoundException;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.shared.ApiPage;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.Paging;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.IndexedSlice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published instruments for the API and the pages. */
@Service
@Transactional(readOnly = true)
public class InstrumentService {

    private final InstrumentRepository instruments;
    private final AnnexGroupRepository annexGroups;
    private final InstrumentIndex index;
    private final LinksAndNotes linksAndNotes;

    InstrumentService(
            InstrumentRepository instruments,
            AnnexGroupRepository annexGroups,
            InstrumentIndex index,
            LinksAndNotes linksAndNotes) {
        this.instruments = instruments;
        this.annexGroups = annexGroups;
        this.index = index;
        this.linksAndNotes = linksAndNotes;
    }

    /** A page of the published instruments the filter selects, in the annexes' order, found by the index. */
    public ApiPage<InstrumentJson.Summary> list(InstrumentFilter filter, Paging paging) {
        Set<String> annexGroupSlugs = filter.annex() == null ? Set.of() : annexGroups.findSlugsByAnnex(filter.annex());
        if (filter.annex() != null && annexGroupSlugs.isEmpty()) {
            return ApiPage.of(List.of(), paging, 0);
        }
        IndexedSlice slice =
                index.slice(filter.selection(annexGroupSlugs), paging.after(), paging.offset(), paging.size());
        List<InstrumentJson.Summary> items = IndexedPage.inOrder(
                        slice.ids(),
                        instruments.findAllByIdInAndStatus(slice.ids(), EntryStatus.PUBLISHED),
                        Instrument::getId)
                .stream()
                .map(InstrumentJson.Summary::of)
                .toList();
        return ApiPage.of(items, paging, slice.total(), slice.next());
    }

    public InstrumentJson.Detail detail(String slug) {
        Instrument instrument = instruments
                .findBySlugAndStatus(slug, EntryStatus.PUBLISHED)
                .orElseThrow(() -> new EntryNotFoundException(EntryType.INSTRUMENT, slug));
        return new InstrumentJson.Detail(
                InstrumentJson.Summary.of(instrument),
                linksAndNotes.linksOf(instrument),
                linksAndNotes.publicAnnotationsOf(instrument));
    }

    /**
     * The published instruments among {@code slugs}, by slug, each with the published theme sections citing it (and no
     * annotations): what a dossier holds of them.
     */
    public Map<String, InstrumentJson.Detail> cited(Collection<String> slugs) {
        List<Instrument> found = instruments.findAllBySlugInAndStatus(slugs, EntryStatus.PUBLISHED);
        Map<Long, List<LinkView>> citing =
                linksAndNotes.incomingFrom(found.stream().map(Instrument::getId).toList(), EntryType.THEME);
        Map<String, InstrumentJson.Detail> details = new HashMap<>();
        found.forEach(i -> details.put(
                i.getSlug(),
                new InstrumentJson.Detail(
                        InstrumentJson.Summary.of(i), citing.getOrDefault(i.getId(), List.of()), List.of())));
        return details;
    }

    /** How many published practices are tagged with each of these GCM objectives, by number. */
    public Map<String, Long> practicesPerObjective(List<String> numbers) {
        return index.practicesTaggedWithObjectives(numbers);
    }

    /** How many published practices are linked with the instrument; its page lists the first of them. */
    public long practicesLinked(String slug) {
        return index.practicesLinkedWith(List.of(slug)).getOrDefault(slug, 0L);
    }

    public List<InstrumentJson.Group> annexGroups() {
        return annexGroups.findAllByOrderByPosition().stream()
                .map(InstrumentJson.Group::of)
                .toList();
    }

    /** Every published instrument's code and title by slug, for labels on pages. */
    public Map<String, Multilingual> titles() {
        Map<String, Multilingual> titles = new LinkedHashMap<>();
        for (Object[] i : instruments.findPublishedTitles()) {
            titles.put((String) i[0], title((String) i[1], (Multilingual) i[2]));
        }
        return titles;
    }

    /** "C181 Private Employment Agencies Convention": the code, when there is one, before each title. */
    private static Multilingual title(String code, Multilingual title) {
        return code == null ? title : title.prefixed(code + " ");
    }

    /** The issuing bodies of the published instruments, by their English name, with their names. */
    public Map<String, Multilingual> bodies() {
        return instruments.findPublishedBodies();
    }

    public long countPublished() {
        return instruments.countByStatus(EntryStatus.PUBLISHED);
    }
}
