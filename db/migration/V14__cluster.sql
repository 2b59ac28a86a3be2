-- The last rebuild of the search index, whichever node runs it, so that every node shows its progress. One row.
create table index_rebuild (
    id          smallint primary key check (id = 1),
    state       text        not null,
    processed   bigint      not null default 0,
    total       bigint      not null default 0,
    removed     bigint      not null default 0,
    started_by  text        not null,
    started_at  timestamptz not null,
    finished_at timestamptz
);

-- Hibernate Search's outbox-polling coordination (kb.search.backend=opensearch): each transaction writes the entities
-- it changed here, with its data, and the nodes' event processors index them and share the work out as agents. The
-- tables exist whatever the backend, so a single node can become a cluster without a migration of its own.
create table hsearch_outbox_event (
    id             uuid         primary key,
    entity_name    varchar(256) not null,
    entity_id      varchar(256) not null,
    entity_id_hash integer      not null,
    payload        bytea        not null,
    retries        integer      not null,
    process_after  timestamptz  not null,
    status         varchar(255) not null check (status in ('PENDING', 'ABORTED')),
    tenant_id      varchar(255)
);

create index hsearch_outbox_event_entity_id_hash_idx on hsearch_outbox_event (entity_id_hash);
create index hsearch_outbox_event_status_idx on hsearch_outbox_event (status);
create index hsearch_outbox_event_process_after_idx on hsearch_outbox_event (process_after);

create table hsearch_agent (
    id                   uuid         primary key,
    type                 varchar(255) not null
        check (type in ('EVENT_PROCESSING_DYNAMIC_SHARDING', 'EVENT_PROCESSING_STATIC_SHARDING', 'MASS_INDEXING')),
    name                 varchar(255) not null,
    expiration           timestamptz  not null,
    state                varchar(255) not null check (state in ('RUNNING', 'WAITING', 'SUSPENDED')),
    total_shard_count    integer,
    assigned_shard_index integer,
    payload              bytea,
    tenant_id            varchar(255)
);
