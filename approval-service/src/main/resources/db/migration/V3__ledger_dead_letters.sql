-- Decision records the ledger can never take (unparseable, contract broken): each went to
-- audit.decision.recorded.dlq and keeps the ledger's health check DOWN until a record with its record id or
-- CloudEvent id is appended (a replay after a fix), which sets resolved_at.
create table ledger_dead_letter (
    id              bigserial    primary key,
    record_id       uuid,
    event_id        text,
    topic           varchar(255) not null,
    kafka_partition integer      not null,
    kafka_offset    bigint       not null,
    reason          text         not null,
    at              timestamptz  not null,
    resolved_at     timestamptz,
    unique (topic, kafka_partition, kafka_offset)
);
create index ledger_dead_letter_unresolved on ledger_dead_letter (at) where resolved_at is null;
