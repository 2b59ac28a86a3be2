-- The reference lists are edited in the admin area: a version number per row lets a stale form be caught.
alter table country add column version integer not null default 0;
alter table region add column version integer not null default 0;
alter table gcm_objective add column version integer not null default 0;
alter table sdg_target add column version integer not null default 0;
