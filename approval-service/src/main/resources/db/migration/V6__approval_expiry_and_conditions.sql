-- Issue 15: approvals expire and their conditions are followed up.
-- approval_validity: one row per approved request, until when its approval holds (risk policy followUp), when the
-- EXPIRY re-review was opened (once per validity: a renewal sets a new valid_until and clears it) and when it
-- expired. The sweep reads the rows due with `for update skip locked`, so replicas never handle one twice.
create table approval_validity (
    request_id         uuid          primary key references approval_task (request_id),
    valid_until        timestamptz   not null,
    review_opened_at   timestamptz,
    expired_at         timestamptz,
    policy_version     varchar(255)  not null,
    updated_at         timestamptz   not null
);
create index approval_validity_due on approval_validity (valid_until) where expired_at is null;

-- approval_condition: each condition of an APPROVED_WITH_CONDITIONS decision, numbered from 1 in the decision's
-- order, with its owner (the requester unless the officer named one), its due date, and when it was met (by whom,
-- with which evidence) or first found overdue.
create table approval_condition (
    id                 uuid           primary key,
    request_id         uuid           not null references approval_task (request_id),
    n                  integer        not null,
    text               varchar(2000)  not null,
    owner              varchar(255)   not null,
    due_at             timestamptz    not null,
    assigned_at        timestamptz    not null,
    assigned_by        varchar(255)   not null,
    met_at             timestamptz,
    met_by             varchar(255),
    evidence           varchar(4000),
    overdue_at         timestamptz,
    unique (request_id, n)
);
create index approval_condition_open on approval_condition (due_at) where met_at is null;
create index approval_condition_owner on approval_condition (owner);
