-- The same concept in other vocabularies (UNBIS, EuroVoc, …): the URIs the SKOS export names as skos:exactMatch.
alter table concept add column exact_match text[] not null default '{}';
