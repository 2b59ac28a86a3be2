-- A concept's labels in every language as data, not as a column per language (docs/data-model.md, "Texts in
-- several languages"): the preferred label and the scope note are one JSON object keyed by language, each text with
-- its flag ({"en": {"text": "…"}, "fr": {"text": "…"}}); the alternative labels a JSON object of lists
-- ({"en": ["…", "…"]}). Every existing label and note moves across unchanged.
alter table concept
    add column pref jsonb,
    add column alt  jsonb not null default '{}',
    add column note jsonb;

update concept
set pref = jsonb_build_object('en', jsonb_build_object('text', pref_en), 'fr', jsonb_build_object('text', pref_fr)),
    alt  = jsonb_strip_nulls(jsonb_build_object(
            'en', case when cardinality(alt_en) > 0 then to_jsonb(alt_en) end,
            'fr', case when cardinality(alt_fr) > 0 then to_jsonb(alt_fr) end)),
    note = nullif(jsonb_strip_nulls(jsonb_build_object(
            'en', case when note_en is not null then jsonb_build_object('text', note_en) end,
            'fr', case when note_fr is not null then jsonb_build_object('text', note_fr) end)), '{}'::jsonb);

alter table concept
    alter column pref set not null,
    -- English and French labels stay required; other languages may follow.
    add constraint concept_pref_in_english_and_french check (pref ? 'en' and pref ? 'fr'),
    drop column pref_en,
    drop column pref_fr,
    drop column alt_en,
    drop column alt_fr,
    drop column note_en,
    drop column note_fr;
