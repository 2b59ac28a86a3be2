-- Entries tagged with the GCM's guiding principles (A/RES/73/195, para. 15), as they are with its objectives; the
-- second index serves the page of one principle, which lists the entries tagged with it.
create table entry_gcm_principle (
    entry_id       bigint not null references entry (id) on delete cascade,
    principle_slug text   not null references gcm_principle (slug),
    primary key (entry_id, principle_slug)
);

create index entry_gcm_principle_principle_idx on entry_gcm_principle (principle_slug, entry_id);
