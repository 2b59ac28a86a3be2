-- The bilingual thesaurus: concepts of the field with preferred and alternative labels in English and French, a
-- broader/narrower hierarchy, and the concepts each entry is about. Search expands queries with these labels at
-- query time, so editing a label needs no reindex.

create table concept (
    id      text primary key check (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$'),
    pref_en text   not null,
    pref_fr text   not null,
    alt_en  text[] not null default '{}',
    alt_fr  text[] not null default '{}',
    note_en text,
    note_fr text
);

create table concept_broader (
    concept_id text not null references concept (id) on delete cascade,
    broader_id text not null references concept (id) on delete cascade,
    primary key (concept_id, broader_id),
    check (concept_id <> broader_id)
);

create index concept_broader_broader_idx on concept_broader (broader_id);

create table entry_concept (
    entry_id   bigint not null references entry (id) on delete cascade,
    concept_id text   not null references concept (id) on delete cascade,
    primary key (entry_id, concept_id)
);

create index entry_concept_concept_idx on entry_concept (concept_id);
