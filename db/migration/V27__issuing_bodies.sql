-- The bodies that issue instruments, with their official names and acronyms by language, in the JSON of V24-V26
-- ({"en": {"text": "International Labour Organization"}, "fr": {"text": "Organisation internationale du Travail"}}).
-- `key` is the name instruments already give in `body` ("ILO"). A catalogue imported before this starts with the
-- English key and the French name its instruments' official record holds; the seeds give every language.
create table issuing_body (
    key     text primary key,
    name    jsonb not null,
    acronym jsonb,
    constraint issuing_body_name_in_english check (name ? 'en')
);

insert into issuing_body (key, name)
select body,
       jsonb_build_object('en', jsonb_build_object('text', body))
           || coalesce(jsonb_build_object('fr', jsonb_build_object('text', max(body_fr))), '{}'::jsonb)
from instrument
group by body;
