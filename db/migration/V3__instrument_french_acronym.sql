-- The French acronym of an instrument (PIDESC for ICESCR, CEDEF for CEDAW), which French-speaking drafters type.
alter table instrument add column acronym_fr text;

-- Catalogues seeded before this column existed get the acronyms the seeds now carry.
update instrument i set acronym_fr = v.acronym_fr
from (values ('udhr', 'DUDH'), ('iccpr', 'PIDCP'), ('icescr', 'PIDESC'), ('icerd', 'CIEDR'), ('cedaw', 'CEDEF'),
             ('crc', 'CIDE'), ('crpd', 'CDPH')) as v (slug, acronym_fr)
join entry e on e.slug = v.slug and e.entry_type = 'instrument'
where i.id = e.id;
