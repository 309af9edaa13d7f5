-- One approval task per request: the facts it rests on (the assessed event), its tier and its signatures.
create table approval_task (
    request_id    uuid primary key,
    requester     varchar(255) not null,
    model_name    varchar(255) not null,
    model_id      varchar(255),
    submitted_at  timestamptz  not null,
    opened_at     timestamptz  not null,
    updated_at    timestamptz  not null,
    risk_tier     varchar(20)  not null,
    state         varchar(40)  not null,
    policy_version varchar(100) not null,
    task          text         not null,
    assessment    text         not null,
    assessed      text         not null
);
create index approval_task_state on approval_task (state, opened_at);
create index approval_task_model on approval_task (model_id);

-- The audit ledger: every decision record of every service, chained by hash. Append-only: the trigger refuses
-- UPDATE, DELETE and TRUNCATE whoever asks, and the service's own role is not granted them.
create table ledger_entry (
    sequence          bigint       primary key,
    record_id         uuid         not null unique,
    request_id        uuid,
    step              varchar(40)  not null,
    actor             varchar(255) not null,
    decision          text         not null,
    reasons           text         not null,
    inputs_digest     varchar(64)  not null,
    knowledge_version varchar(255),
    at                timestamptz  not null,
    record            text         not null,
    previous_hash     char(64)     not null,
    hash              char(64)     not null unique
);
create index ledger_entry_request on ledger_entry (request_id, sequence);
create index ledger_entry_at on ledger_entry (at, sequence);

create function ledger_entry_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'the audit ledger is append-only: % of ledger_entry is not allowed', tg_op;
end
$$;
create trigger ledger_entry_no_update_or_delete before update or delete on ledger_entry
    for each row execute function ledger_entry_append_only();
create trigger ledger_entry_no_truncate before truncate on ledger_entry
    for each statement execute function ledger_entry_append_only();
revoke update, delete, truncate on ledger_entry from public;
revoke update, delete, truncate on ledger_entry from current_user;
