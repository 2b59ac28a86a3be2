-- The catalogue's generation: a number that every committed change to what the public pages show advances, whoever
-- makes it (a form, an import, SQL by hand). Pages and API answers derive their ETag from it, and caches of rendered
-- pages and of labels are keyed by it. A statement-level trigger on each table bumps it once per statement.

create table catalogue_generation (
    single boolean primary key default true check (single),
    value  bigint  not null
);

insert into catalogue_generation (single, value) values (true, 1);

create function bump_catalogue_generation() returns trigger language plpgsql as $$
begin
    update catalogue_generation set value = value + 1;
    return null;
end
$$;

do $$
declare
    watched text;
begin
    foreach watched in array array[
        'source_document', 'region', 'country', 'gcm_objective', 'gcm_principle', 'sdg_target',
        'entry', 'entry_gcm_objective', 'entry_sdg_target', 'theme', 'theme_note', 'practice_gap',
        'practice_gap_theme', 'guiding_question', 'guiding_question_theme', 'practice_group', 'practice',
        'practice_country', 'annex_group', 'instrument', 'instrument_annex_group', 'entry_link', 'annotation',
        'concept', 'concept_broader', 'entry_concept']
    loop
        execute format(
            'create trigger %I after insert or update or delete or truncate on %I '
                || 'for each statement execute function bump_catalogue_generation()',
            watched || '_changes_generation', watched);
    end loop;
end
$$;
