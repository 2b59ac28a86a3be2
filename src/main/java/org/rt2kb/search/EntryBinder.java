package org.rt2kb.search;

import org.hibernate.Session;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.mapper.orm.HibernateOrmExtension;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;

/**
 * Binds one indexed entity type to the common {@link EntryFields}, writing its documents with {@code writer}. The
 * document is rewritten whenever the entity itself changes (its own columns and collections).
 */
final class EntryBinder<T> implements TypeBinder {

    /** Writes an entity into its document; the session reads what the entity only knows by code. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T entity, EntryFields fields, DocumentElement document, Session session);
    }

    private final Class<T> type;
    private final Writer<T> writer;

    EntryBinder(Class<T> type, Writer<T> writer) {
        this.type = type;
        this.writer = writer;
    }

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().useRootOnly();
        EntryFields fields = EntryFields.declare(context.indexSchemaElement());
        context.bridge(type, (document, entity, write) ->
                writer.write(entity, fields, document, write.extension(HibernateOrmExtension.get()).session()));
    }
}
