-- An import that changes a published entry records what the administrator chose for it: sent to review with the
-- change (the default), or the change published directly.
alter table entry_revision drop constraint entry_revision_action_check;
alter table entry_revision add constraint entry_revision_action_check
    check (action in ('imported', 'created', 'edited', 'submitted', 'published', 'returned', 'archived', 'restored',
                      'reverted', 'verified', 'suggested', 'linked', 'annotated', 'purged', 'import-to-review',
                      'import-published'));
