-- Issue 15: a re-evaluated request keeps the facts of the round before it (shown beside the new ones), its last
-- re-evaluation (comparison, trigger, knowledge versions before and after), and whether it is a re-review.
alter table approval_task add column previous_assessed   text;
alter table approval_task add column previous_assessment text;
alter table approval_task add column reevaluation        text;
alter table approval_task add column review_kind         varchar(20);
alter table approval_task add column review_opened_at    timestamptz;
create index approval_task_review on approval_task (state, review_kind, review_opened_at);

-- The risk policy version approval-service last announced: one row, locked while a start compares it with the
-- bundled policy, so that each new version is announced once across replicas and restarts.
create table risk_policy_state (
    id          smallint     primary key check (id = 1),
    version     varchar(100) not null,
    recorded_at timestamptz  not null
);
