package org.rt2kb.search;

import java.util.ArrayList;
import java.util.List;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmMappingConfigurationContext;
import org.hibernate.search.mapper.orm.mapping.HibernateOrmSearchMappingConfigurer;
import org.hibernate.search.mapper.pojo.bridge.RoutingBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.RoutingBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.RoutingBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.RoutingBridgeRouteContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.ProgrammaticMappingConfigurationContext;
import org.hibernate.search.mapper.pojo.mapping.definition.programmatic.TypeMappingStep;
import org.hibernate.search.mapper.pojo.route.DocumentRoutes;
import org.rt2kb.annotation.Annotation;
import org.rt2kb.annotation.Visibility;
import org.rt2kb.entry.Entry;
import org.rt2kb.instrument.Instrument;
import org.rt2kb.practice.Practice;
import org.rt2kb.theme.Theme;

/**
 * What is indexed: published themes, practices and instruments, and public annotations of published entries. Index
 * names carry the mapping version: changing what a document holds means raising {@link #VERSION}, and the start-up
 * then builds the new indexes from the database (see {@link SearchIndex}). Version 2 added French acronyms to codes,
 * version 3 the other language's function words, version 4 the fields the list pages filter, count and sort by,
 * version 5 the reach of a practice's actor, version 6 shorter collation keys, version 7 a list order the JSON API
 * reads on from, version 8 texts without term vectors (the plain highlighter), version 9 collation keys of one code
 * point per weight, version 10 Spanish titles and texts with their analyzer, and instruments' other names, version 11 those names
 * without any language's function words, version 12 start years counted for the charts.
 */
public class IndexedEntries implements HibernateOrmSearchMappingConfigurer {

    public static final int VERSION = 12;

    @Override
    public void configure(HibernateOrmMappingConfigurationContext context) {
        ProgrammaticMappingConfigurationContext mapping = context.programmaticMapping();
        index(
                mapping,
                Theme.class,
                "theme",
                new PublishedOnly(),
                EntryDocuments::theme,
                entry("title", "summary", "text", "notes", "section"));
        index(
                mapping,
                Practice.class,
                "practice",
                new PublishedOnly(),
                EntryDocuments::practice,
                entry("title", "description", "statusNote", "actor", "countryCodes", "startYear"));
        index(
                mapping,
                Instrument.class,
                "instrument",
                new PublishedOnly(),
                EntryDocuments::instrument,
                entry("title", "aliases", "code", "acronym", "acronymFr", "type", "body", "year"));
        index(mapping, Annotation.class, "annotation", new PublicOnly(), EntryDocuments::annotation, List.of("text"));
    }

    private static <T> void index(
            ProgrammaticMappingConfigurationContext mapping,
            Class<T> type,
            String name,
            RoutingBinder routing,
            EntryBinder.Writer<T> writer,
            List<String> dependencies) {
        TypeMappingStep step = mapping.type(type);
        step.indexed().index(name(name)).routingBinder(routing);
        step.binder(new EntryBinder<>(type, writer, dependencies));
    }

    /** The properties every entry's document reads, with those of its kind. */
    private static List<String> entry(String... own) {
        List<String> properties = new ArrayList<>(List.of("slug", "conceptIds"));
        properties.addAll(List.of(own));
        return properties;
    }

    static String name(String type) {
        return type + "-v" + VERSION;
    }

    /** Keeps drafts, entries in review and archived ones out of the index. */
    private static final class PublishedOnly implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("status");
            context.bridge(Entry.class, new RoutingBridge<>() {
                @Override
                public void route(DocumentRoutes routes, Object id, Entry entry, RoutingBridgeRouteContext c) {
                    if (entry.isPublished()) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(DocumentRoutes routes, Object id, Entry entry, RoutingBridgeRouteContext c) {
                    routes.addRoute();
                }
            });
        }
    }

    /** Keeps internal notes, and notes on unpublished entries, out of the index. */
    private static final class PublicOnly implements RoutingBinder {
        @Override
        public void bind(RoutingBindingContext context) {
            context.dependencies().use("visibility");
            context.bridge(Annotation.class, new RoutingBridge<>() {
                @Override
                public void route(
                        DocumentRoutes routes, Object id, Annotation annotation, RoutingBridgeRouteContext c) {
                    if (annotation.getVisibility() == Visibility.PUBLIC
                            && annotation.getEntry().isPublished()) {
                        routes.addRoute();
                    } else {
                        routes.notIndexed();
                    }
                }

                @Override
                public void previousRoutes(
                        DocumentRoutes routes, Object id, Annotation annotation, RoutingBridgeRouteContext c) {
                    routes.addRoute();
                }
            });
        }
    }
}
