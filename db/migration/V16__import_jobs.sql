-- The imports of the secretariat, from the dry run to the result, shared by every node: an upload checked on one node
-- may be confirmed, run and followed on any other. The uploaded file is kept so that whichever node runs the import
-- reads it again. Finished and abandoned jobs are deleted after a day.
create table import_job (
    id                uuid        primary key,
    owner             text        not null,
    file_name         text        not null,
    content           bytea       not null,
    catalogue_empty   boolean     not null,
    state             text        not null check (state in ('ready', 'invalid', 'queued', 'running', 'done', 'failed')),
    published         text        not null,
    done              integer     not null default 0,
    total             integer     not null,
    seed_problems     text[]      not null default '{}',
    failure           text,
    rejected          boolean     not null default false,
    created           bigint,
    updated           bigint,
    unchanged         bigint,
    published_changed bigint,
    millis            bigint,
    created_at        timestamptz not null default now()
);

create index import_job_created_at_idx on import_job (created_at);
