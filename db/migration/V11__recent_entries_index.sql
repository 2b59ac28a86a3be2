-- The home page's "recently changed": the latest published entries, read from the top of this index rather than by
-- sorting every entry.
create index if not exists entry_published_recent_idx on entry (updated_at desc, id desc) where status = 'published';
