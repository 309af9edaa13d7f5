-- Re-evaluation jobs: a knowledge change (or an officer) asks that the requests resting on it run the licence and
-- dataset steps again. A job first finds the affected requests (scan_cursor pages through model_request by id),
-- then asks for them in bounded batches; its counts are aggregates over reevaluation_request.
create table reevaluation_job (
    id           uuid primary key,
    state        varchar(20)  not null,
    trigger      text         not null,
    change       text         not null,
    started_at   timestamptz  not null,
    started_by   varchar(255) not null,
    finished_at  timestamptz,
    scanned      boolean      not null default false,
    scan_cursor  uuid
);
create index reevaluation_job_running on reevaluation_job (state, started_at);

-- One row per request a job affects: when it was asked for, and what approval-service's comparison said.
create table reevaluation_request (
    job_id       uuid         not null references reevaluation_job (id),
    request_id   uuid         not null references model_request (id),
    requested_at timestamptz,
    comparison   varchar(10),
    evaluated_at timestamptz,
    primary key (job_id, request_id)
);
create index reevaluation_request_pending on reevaluation_request (job_id, requested_at, request_id);
