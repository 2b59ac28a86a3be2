-- The pages of a GCM objective and of an SDG target list the entries tagged with it: the tag tables' keys start with
-- the entry, so finding the entries of one tag read the whole table.
create index entry_gcm_objective_objective_idx on entry_gcm_objective (objective_number, entry_id);
create index entry_sdg_target_target_idx on entry_sdg_target (target_code, entry_id);
