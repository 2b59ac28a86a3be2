package org.rt2kb.practice;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rt2kb.annotation.LinkRelation;
import org.rt2kb.annotation.LinksAndNotes;
import org.rt2kb.entry.EntryNotFoundException;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.entry.EntryType;
import org.rt2kb.reference.Country;
import org.rt2kb.reference.GcmObjective;
import org.rt2kb.reference.GcmPrinciple;
import org.rt2kb.reference.ReferenceData;
import org.rt2kb.reference.Region;
import org.rt2kb.reference.SdgTarget;
import org.rt2kb.reference.SourceDocument;
import org.rt2kb.shared.ApiPage;
import org.rt2kb.shared.Multilingual;
import org.rt2kb.shared.Paging;
import org.rt2kb.shared.facet.IndexedPage;
import org.rt2kb.shared.facet.IndexedSlice;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads published practices for the API and the pages. */
@Service
@Transactional(readOnly = true)
public class PracticeService {

    private final PracticeRepository practices;
    private final PracticeGroupRepository groups;
    private final PracticeIndex index;
    private final LinksAndNotes linksAndNotes;
    private final ReferenceData reference;

    PracticeService(
            PracticeRepository practices,
            PracticeGroupRepository groups,
            PracticeIndex index,
            LinksAndNotes linksAndNotes,
            ReferenceData reference) {
        this.practices = practices;
        this.groups = groups;
        this.index = index;
        this.linksAndNotes = linksAndNotes;
        this.reference = reference;
    }

    /** A page of the published practices the filter selects, in the compendium's order, found by the index. */
    public ApiPage<PracticeJson.Summary> list(PracticeFilter filter, Paging paging) {
        IndexedSlice slice = index.slice(filter.selection(), paging.after(), paging.offset(), paging.size());
        List<Practice> page = IndexedPage.inOrder(
                slice.ids(), practices.findAllByIdInAndStatus(slice.ids(), EntryStatus.PUBLISHED), Practice::getId);
        Map<Long, List<String>> themes =
                linksAndNotes.targetsOf(page.stream().map(Practice::getId).toList(), LinkRelation.ILLUSTRATES);
        Map<String, Country> countries = reference.countries();
        Map<String, Region> regions = reference.regions();
        List<PracticeJson.Summary> items = page.stream()
                .map(p -> summary(p, themes.getOrDefault(p.getId(), List.of()), countries, regions))
                .toList();
        return ApiPage.of(items, paging, slice.total(), slice.next());
    }

    public PracticeJson.Detail detail(String slug) {
        Practice practice = practices
                .findBySlugAndStatus(slug, EntryStatus.PUBLISHED)
                .orElseThrow(() -> new EntryNotFoundException(EntryType.PRACTICE, slug));
        List<String> themes = linksAndNotes
                .targetsOf(List.of(practice.getId()), LinkRelation.ILLUSTRATES)
                .getOrDefault(practice.getId(), List.of());
        return new PracticeJson.Detail(
                summary(practice, themes, reference.countries(), reference.regions()),
                linksAndNotes.linksOf(practice),
                linksAndNotes.publicAnnotationsOf(practice));
    }

    /** The published practices among {@code slugs}, by slug: what a dossier holds of them. */
    public Map<String, PracticeJson.Summary> summaries(Collection<String> slugs) {
        List<Practice> found = practices.findAllBySlugInAndStatus(slugs, EntryStatus.PUBLISHED);
        Map<Long, List<String>> themes =
                linksAndNotes.targetsOf(found.stream().map(Practice::getId).toList(), LinkRelation.ILLUSTRATES);
        Map<String, Country> countries = reference.countries();
        Map<String, Region> regions = reference.regions();
        Map<String, PracticeJson.Summary> summaries = new HashMap<>();
        found.forEach(p ->
                summaries.put(p.getSlug(), summary(p, themes.getOrDefault(p.getId(), List.of()), countries, regions)));
        return summaries;
    }

    public List<PracticeJson.Group> groups() {
        return groups.findAllByOrderByPosition().stream()
                .map(PracticeJson.Group::of)
                .toList();
    }

    public List<String> groupSlugs() {
        return groups.findAllByOrderByPosition().stream()
                .map(PracticeGroup::getSlug)
                .toList();
    }

    private static PracticeJson.Summary summary(
            Practice p, List<String> themes, Map<String, Country> countries, Map<String, Region> regions) {
        Practice.Actor actor = p.getActor();
        Practice.Period period = p.getPeriod();
        SourceDocument source = p.getSource();
        Multilingual caveat = source == null ? Multilingual.NONE : source.getPracticesCaveat();
        Multilingual title = p.getTitle();
        Multilingual description = p.getDescription();
        Region region = actor.regionCode() == null ? null : regions.get(actor.regionCode());
        return new PracticeJson.Summary(
                p.getSlug(),
                p.getNumber(),
                PracticeJson.Group.of(p.getGroup()),
                title.en(),
                title.isUnofficialIn("en"),
                title.fr(),
                title.isUnofficialIn("fr"),
                title.get("es"),
                title.isUnofficialIn("es"),
                description.en(),
                description.fr(),
                description.get("es"),
                p.getCountryCodes().stream()
                        .map(countries::get)
                        .map(c -> PracticeJson.Place.of(c.getCode(), c.getName()))
                        .toList(),
                actor.name(),
                region == null ? null : PracticeJson.Place.of(region.getCode(), region.getName()),
                actor.scope().code(),
                actor.type().code(),
                new PracticeJson.Period(period.startYear(), period.endYear(), period.startDate(), period.endDate()),
                PracticeJson.StatusNote.of(p.getStatusNote()),
                themes,
                p.getGcmObjectives().stream().map(GcmObjective::getNumber).toList(),
                p.getGcmPrinciples().stream().map(GcmPrinciple::getSlug).toList(),
                p.getSdgTargets().stream().map(SdgTarget::getCode).toList(),
                p.getLinks(),
                new PracticeJson.Provenance(
                        source == null ? null : source.getSlug(),
                        p.getProvenanceAnnex(),
                        p.getProvenancePageGroup(),
                        caveat.en(),
                        caveat.fr(),
                        caveat.get("es")),
                p.getUpdatedAt());
    }
}
