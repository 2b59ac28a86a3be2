-- Concepts are edited in the admin area: a version number lets a stale form be caught instead of overwriting.
alter table concept add column version integer not null default 0;
