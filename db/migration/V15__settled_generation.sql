-- When the catalogue last changed, or the search index last took changes in (kb.search.backend=opensearch indexes
-- them after the commit, through hsearch_outbox_event). Pages are kept in a cache, under a generation's ETag, only
-- once both are a moment old: a page read from an index that has not caught up yet would otherwise be kept as that
-- generation's page (shared/CatalogueGeneration).
alter table catalogue_generation add column changed_at timestamptz not null default clock_timestamp();

create or replace function bump_catalogue_generation() returns trigger language plpgsql as $$
begin
    update catalogue_generation set value = value + 1, changed_at = clock_timestamp();
    return null;
end
$$;

create function touch_catalogue_generation() returns trigger language plpgsql as $$
begin
    update catalogue_generation set changed_at = clock_timestamp();
    return null;
end
$$;

create trigger hsearch_outbox_event_indexed after delete on hsearch_outbox_event
    for each statement execute function touch_catalogue_generation();
