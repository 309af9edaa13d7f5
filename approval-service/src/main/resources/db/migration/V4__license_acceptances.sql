-- The company's record of accepted licences: which licence text (by the SHA-256 of the text license-service stores)
-- a company entity accepted, who accepted it on the entity's behalf, when, and for which models. One row per entity
-- and text: a changed text needs an acceptance of its own. A licence with no stored text (Gemma's) is accepted by
-- id with a null hash. Each row is also a decision record in the ledger.
create table license_acceptance (
    id            uuid          primary key,
    license_id    varchar(255)  not null,
    license_name  varchar(500),
    text_sha256   varchar(64),
    entity        varchar(255)  not null,
    accepted_by   varchar(255)  not null,
    accepted_at   timestamptz   not null,
    models        text          not null,
    request_id    uuid,
    note          text
);
create unique index license_acceptance_entity_text
    on license_acceptance (entity, license_id, coalesce(text_sha256, ''));
create index license_acceptance_license on license_acceptance (license_id);
