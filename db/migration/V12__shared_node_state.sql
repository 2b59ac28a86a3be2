-- State that every node of a cluster must share, kept in the database rather than in each node's memory.

-- The suggestions each client address sent in the last hour, for the hourly limit. Rows older than the hour are
-- deleted whenever a suggestion is counted.
create table suggestion_sent (
    address text        not null,
    sent_at timestamptz not null
);

create index suggestion_sent_address_idx on suggestion_sent (address, sent_at);

-- Secrets drawn at random by the first node that needs one and read by all, such as the key that signs the time stamp
-- of the suggestion form.
create table shared_secret (
    name   text primary key,
    secret bytea not null
);
