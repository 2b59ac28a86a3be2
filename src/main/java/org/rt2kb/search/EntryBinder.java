package org.rt2kb.search;

import java.util.List;
import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * Binds one indexed entity type to the common {@link EntryFields}, writing its documents with {@code writer}. The
 * document is rewritten whenever one of {@code dependencies}, the entity's own properties the writer reads, changes.
 * What the writer reads through associations (groups, parents, links) is refreshed by the next rebuild or by whoever
 * changes it (curation reindexes the entries a link or group change touches).
 */
final class EntryBinder<T> implements TypeBinder {

    /** Writes an entity into its document; the session reads what the entity only knows by code. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T entity, EntryFields fields, DocumentElement document, Session session);
    }

    private final Class<T> type;
    private final Writer<T> writer;
    private final List<String> dependencies;

    EntryBinder(Class<T> type, Writer<T> writer, List<String> dependencies) {
        this.type = type;
        this.writer = writer;
        this.dependencies = List.copyOf(dependencies);
    }

    @Override
    public void bind(TypeBindingContext context) {
        dependencies.forEach(context.dependencies()::use);
        EntryFields fields = EntryFields.declare(context.indexSchemaElement());
        context.bridge(
                type,
                (document, entity, write) -> writer.write(
                        entity,
                        fields,
                        document,
                        write.extension(HibernateOrmExtension.get()).session()));
    }
}
