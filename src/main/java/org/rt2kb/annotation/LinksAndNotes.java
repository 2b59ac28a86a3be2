package org.rt2kb.annotation;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.rt2kb.entry.Entry;
import org.rt2kb.entry.EntryStatus;
import org.rt2kb.shared.Bilingual;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What an entry is connected to: its links to other published entries and its public annotations. */
@Service
@Transactional(readOnly = true)
public class LinksAndNotes {

    private final EntryLinkRepository links;
    private final AnnotationRepository annotations;

    LinksAndNotes(EntryLinkRepository links, AnnotationRepository annotations) {
        this.links = links;
        this.annotations = annotations;
    }

    /** A link seen from one entry: {@code outgoing} when this entry is the link's source. */
    public record LinkView(
            String relation, String direction, String type, String slug, String titleEn, String titleFr, String note) {

        /** The other entry's title, for pages. */
        public Bilingual title() {
            return Bilingual.of(titleEn, titleFr);
        }
    }

    public record AnnotationView(
            String kind,
            String author,
            LocalDate created,
            LocalDate updated,
            String textEn,
            String textFr,
            boolean frUnofficial) {

        /** The annotation's text, for pages. */
        public Bilingual text() {
            return new Bilingual(textEn, textFr, false, frUnofficial);
        }
    }

    public List<LinkView> linksOf(Entry entry) {
        return links.findAllTouching(entry.getId(), EntryStatus.PUBLISHED).stream()
                .map(link -> {
                    boolean outgoing = link.getFrom().getId().equals(entry.getId());
                    Entry other = outgoing ? link.getTo() : link.getFrom();
                    return new LinkView(
                            link.getRelation().code(),
                            outgoing ? "outgoing" : "incoming",
                            other.getType().code(),
                            other.getSlug(),
                            other.getTitleEn(),
                            other.getTitleFr(),
                            link.getNote());
                })
                .toList();
    }

    public List<AnnotationView> publicAnnotationsOf(Entry entry) {
        return annotations
                .findAllByEntryIdAndVisibilityOrderByCreatedOnAscIdAsc(entry.getId(), Visibility.PUBLIC)
                .stream()
                .map(a -> new AnnotationView(
                        a.getKind().code(),
                        a.getAuthor(),
                        a.getCreatedOn(),
                        a.getUpdatedOn(),
                        a.getTextEn(),
                        a.getTextFr(),
                        a.isFrUnofficial()))
                .toList();
    }

    /** For a page of entries: the slugs of the published entries each one links to with {@code relation}. */
    public Map<Long, List<String>> targetsOf(Collection<Long> entryIds, LinkRelation relation) {
        if (entryIds.isEmpty()) {
            return Map.of();
        }
        return links.findAllFrom(entryIds, relation, EntryStatus.PUBLISHED).stream()
                .collect(Collectors.groupingBy(
                        link -> link.getFrom().getId(),
                        LinkedHashMap::new,
                        Collectors.mapping(link -> link.getTo().getSlug(), Collectors.toList())));
    }
}
