-- Entry pages and forms find an entry by its slug alone (an address names no type column): without this index each
-- lookup read the whole entry table, 20 ms at 100,000 entries, twice per instrument page.
create index entry_slug_idx on entry (slug);
