package org.rt2kb.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rt2kb.annotation.LinksAndNotes.LinkView;
import org.rt2kb.entry.Entry;
import org.rt2kb.support.CatalogueTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The links an entry page lists, on an entry linked with more entries of one type than a page shows. */
@CatalogueTest
class LinksAndNotesTest {

    private static final String UNLINKED_INSTRUMENTS = """
            select slug from entry where entry_type = 'instrument' and status = 'published'
            and id not in (select to_entry_id from entry_link where from_entry_id = :theme)
            order by id""";
    private static final String LINK = """
            insert into entry_link (from_entry_id, to_entry_id, relation)
            select :theme, id, 'relates-to' from entry where slug = :slug""";

    @Autowired
    LinksAndNotes linksAndNotes;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EntityManager em;

    @Test
    void shouldListTheFirstPublishedLinksOfEachTypeInTheOrderOfTheirRelations() {
        transactions.executeWithoutResult(transaction -> {
            transaction.setRollbackOnly();
            long health = jdbc.sql("select id from entry where slug = 'health'")
                    .query(Long.class)
                    .single();
            List<String> added = jdbc.sql(UNLINKED_INSTRUMENTS)
                    .param("theme", health)
                    .query(String.class)
                    .list();
            assertThat(added).hasSizeGreaterThan(LinksAndNotes.PER_TYPE + 1);
            for (String slug : added) {
                jdbc.sql(LINK).param("theme", health).param("slug", slug).update();
            }
            String unpublished = added.get(1);
            jdbc.sql("update entry set status = 'draft' where slug = :slug")
                    .param("slug", unpublished)
                    .update();

            Entry theme = em.find(Entry.class, health);
            List<LinkView> links = linksAndNotes.linksOf(theme);
            List<LinkView> instruments =
                    links.stream().filter(l -> "instrument".equals(l.type())).toList();

            assertThat(instruments).hasSize(LinksAndNotes.PER_TYPE);
            assertThat(instruments)
                    .extracting(LinkView::relation)
                    .isSortedAccordingTo(Comparator.naturalOrder())
                    .startsWith("cites")
                    .endsWith("relates-to");
            assertThat(instruments)
                    .extracting(LinkView::slug)
                    .contains(added.get(0))
                    .doesNotContain(unpublished, added.get(added.size() - 1));
            assertThat(instruments)
                    .allSatisfy(link -> assertThat(link.direction()).isEqualTo("outgoing"));
            assertThat(links.stream().filter(l -> "practice".equals(l.type())))
                    .hasSize(12)
                    .allSatisfy(link -> assertThat(link.direction()).isEqualTo("incoming"));
        });
    }
}
