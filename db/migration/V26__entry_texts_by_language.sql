-- The catalogue's own texts by language, as V24 and V25 did for the thesaurus and the reference lists: one JSON value
-- per text, keyed by language, each text with its flag ({"en": {"text": "…"}, "fr": {"text": "…", "unofficial":
-- true}}). Every text and flag moves across unchanged; a language without a text gets no key. Revisions keep their
-- snapshots as they are: they record form fields, whose names do not change.
create or replace function pg_temp.text_in(language text, value text, unofficial boolean) returns jsonb
    language sql immutable
    return case
               when value is null then '{}'::jsonb
               else jsonb_build_object(language, jsonb_build_object('text', value)
                       || case when unofficial then '{"unofficial": true}'::jsonb else '{}'::jsonb end)
           end;

create or replace function pg_temp.texts(en text, en_unofficial boolean, fr text, fr_unofficial boolean) returns jsonb
    language sql immutable
    return nullif(pg_temp.text_in('en', en, en_unofficial) || pg_temp.text_in('fr', fr, fr_unofficial), '{}'::jsonb);

-- Practices: the English texts are the paper's, the French ones mostly the project's.
alter table practice add column title jsonb, add column description jsonb, add column status_note jsonb;
update practice
set title       = pg_temp.texts(title_en, en_unofficial, title_fr, fr_unofficial),
    description = pg_temp.texts(description_en, false, description_fr, fr_unofficial),
    status_note = pg_temp.texts(status_note_en, false, status_note_fr, false);
alter table practice
    alter column title set not null,
    alter column description set not null,
    add constraint practice_title_in_english check (title ? 'en'),
    add constraint practice_description_in_english check (description ? 'en'),
    drop column title_en,
    drop column en_unofficial,
    drop column title_fr,
    drop column fr_unofficial,
    drop column description_en,
    drop column description_fr,
    drop column status_note_en,
    drop column status_note_fr;

alter table practice_group add column title jsonb;
update practice_group set title = pg_temp.texts(title_en, false, title_fr, fr_unofficial);
alter table practice_group
    alter column title set not null,
    add constraint practice_group_title_in_english_and_french check (title ? 'en' and title ? 'fr'),
    drop column title_en,
    drop column title_fr,
    drop column fr_unofficial;

-- Instruments: titles, and the other names people know them by ({"en": ["Palermo Protocol"], …}).
alter table instrument add column title jsonb, add column aliases jsonb not null default '{}';
update instrument set title = pg_temp.texts(title_en, false, title_fr, false);
alter table instrument
    alter column title set not null,
    add constraint instrument_title_in_english check (title ? 'en'),
    drop column title_en,
    drop column title_fr;

alter table annex_group add column title jsonb;
update annex_group set title = pg_temp.texts(title_en, false, title_fr, fr_unofficial);
alter table annex_group
    alter column title set not null,
    add constraint annex_group_title_in_english_and_french check (title ? 'en' and title ? 'fr'),
    drop column title_en,
    drop column title_fr,
    drop column fr_unofficial;

-- Themes: the paper's French title and text, the project's English title and summary.
alter table theme add column title jsonb, add column text jsonb, add column summary jsonb;
update theme
set title   = pg_temp.texts(title_en, en_unofficial, title_fr, false),
    text    = pg_temp.texts(null, false, text_fr, false),
    summary = pg_temp.texts(summary_en, false, null, false);
alter table theme
    alter column title set not null,
    alter column text set not null,
    alter column summary set not null,
    add constraint theme_title_in_english_and_french check (title ? 'en' and title ? 'fr'),
    add constraint theme_text_in_french check (text ? 'fr'),
    add constraint theme_summary_in_english check (summary ? 'en'),
    drop column title_en,
    drop column en_unofficial,
    drop column title_fr,
    drop column text_fr,
    drop column summary_en;

alter table theme_note add column text jsonb;
update theme_note set text = pg_temp.texts(null, false, text_fr, false);
alter table theme_note
    alter column text set not null,
    add constraint theme_note_text_in_french check (text ? 'fr'),
    drop column text_fr;

alter table practice_gap add column title jsonb;
update practice_gap set title = pg_temp.texts(title_en, en_unofficial, title_fr, false);
alter table practice_gap
    alter column title set not null,
    add constraint practice_gap_title_in_english_and_french check (title ? 'en' and title ? 'fr'),
    drop column title_en,
    drop column en_unofficial,
    drop column title_fr;

alter table guiding_question add column text jsonb;
update guiding_question set text = pg_temp.texts(text_en, en_unofficial, text_fr, false);
alter table guiding_question
    alter column text set not null,
    add constraint guiding_question_text_in_english_and_french check (text ? 'en' and text ? 'fr'),
    drop column text_en,
    drop column en_unofficial,
    drop column text_fr;

alter table annotation add column text jsonb;
update annotation set text = pg_temp.texts(text_en, false, text_fr, fr_unofficial);
alter table annotation
    alter column text set not null,
    drop column text_en,
    drop column text_fr,
    drop column fr_unofficial;

alter table source_document add column title jsonb, add column practices_caveat jsonb;
update source_document
set title            = pg_temp.texts(title_en, en_unofficial, title_fr, false),
    practices_caveat = pg_temp.texts(practices_caveat_en, false, practices_caveat_fr, false);
alter table source_document
    alter column title set not null,
    drop column title_en,
    drop column en_unofficial,
    drop column title_fr,
    drop column practices_caveat_en,
    drop column practices_caveat_fr;

drop function pg_temp.texts(text, boolean, text, boolean);
drop function pg_temp.text_in(text, text, boolean);
