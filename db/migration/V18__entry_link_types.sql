-- An entry page lists the first links to entries of each type, in the order of their relations. For an entry with
-- thousands of links (a theme illustrated by every practice of its field) that meant joining every link with its
-- other end to learn the other end's type. Each link now carries the types of its two ends (which never change),
-- kept by the database itself, so that an index walks the first links of each type in order and stops.
alter table entry_link add column from_type text, add column to_type text;

update entry_link l
set from_type = f.entry_type, to_type = t.entry_type
from entry f, entry t
where f.id = l.from_entry_id and t.id = l.to_entry_id;

alter table entry_link alter column from_type set not null, alter column to_type set not null;

create function entry_link_types() returns trigger language plpgsql as $$
begin
    new.from_type := (select entry_type from entry where id = new.from_entry_id);
    new.to_type := (select entry_type from entry where id = new.to_entry_id);
    return new;
end;
$$;

create trigger entry_link_types before insert or update of from_entry_id, to_entry_id on entry_link
    for each row execute function entry_link_types();

create index entry_link_outgoing_idx on entry_link (from_entry_id, to_type, relation, id);
create index entry_link_incoming_idx on entry_link (to_entry_id, from_type, relation, id);
drop index entry_link_to_idx;
