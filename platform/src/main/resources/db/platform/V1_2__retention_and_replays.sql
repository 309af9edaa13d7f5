-- The purge finds old rows by time without reading the whole table.
create index outbox_event_sent_at on outbox_event (sent_at) where sent_at is not null;
create index processed_event_processed_at on processed_event (processed_at);

-- Dead letters replayed by an intake-admin, so that a replay is listed as done and not done twice by "replay all".
create table dead_letter_replay (
    dlq_topic     varchar(255) not null,
    dlq_partition integer      not null,
    dlq_offset    bigint       not null,
    event_id      varchar(255),
    replayed_by   varchar(255) not null,
    replayed_at   timestamptz  not null,
    primary key (dlq_topic, dlq_partition, dlq_offset)
);
