-- The feeds list the published entries last changed: an index walks them newest first and stops after a page.
create index entry_published_changes_idx on entry (updated_at desc, id desc) where status = 'published';
