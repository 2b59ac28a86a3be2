-- The reference lists' names by language, as the thesaurus's labels in V24: one JSON value per text, keyed by
-- language, each text with its flag ({"en": {"text": "…"}, "fr": {"text": "…", "unofficial": true}}). Every name
-- and flag moves across unchanged; English and French stay required.
create or replace function pg_temp.texts(en text, fr text, fr_unofficial boolean) returns jsonb
    language sql immutable
    return jsonb_build_object(
            'en', jsonb_build_object('text', en),
            'fr', jsonb_build_object('text', fr) || case when fr_unofficial then '{"unofficial": true}'::jsonb
                                                         else '{}'::jsonb end);

alter table country add column name jsonb;
update country set name = pg_temp.texts(name_en, name_fr, false);
alter table country
    alter column name set not null,
    add constraint country_name_in_english_and_french check (name ? 'en' and name ? 'fr'),
    drop column name_en,
    drop column name_fr;

alter table region add column name jsonb;
update region set name = pg_temp.texts(name_en, name_fr, false);
alter table region
    alter column name set not null,
    add constraint region_name_in_english_and_french check (name ? 'en' and name ? 'fr'),
    drop column name_en,
    drop column name_fr;

alter table gcm_objective add column title jsonb;
update gcm_objective set title = pg_temp.texts(title_en, title_fr, fr_unofficial);
alter table gcm_objective
    alter column title set not null,
    add constraint gcm_objective_title_in_english_and_french check (title ? 'en' and title ? 'fr'),
    drop column title_en,
    drop column title_fr,
    drop column fr_unofficial;

alter table gcm_principle add column title jsonb;
update gcm_principle set title = pg_temp.texts(title_en, title_fr, fr_unofficial);
alter table gcm_principle
    alter column title set not null,
    add constraint gcm_principle_title_in_english_and_french check (title ? 'en' and title ? 'fr'),
    drop column title_en,
    drop column title_fr,
    drop column fr_unofficial;

alter table sdg_target add column title jsonb;
update sdg_target set title = pg_temp.texts(title_en, title_fr, fr_unofficial);
alter table sdg_target
    alter column title set not null,
    add constraint sdg_target_title_in_english_and_french check (title ? 'en' and title ? 'fr'),
    drop column title_en,
    drop column title_fr,
    drop column fr_unofficial;

drop function pg_temp.texts(text, text, boolean);
