-- The sequence of the final decision applied (approval.request.decided), so that an older or replayed decision
-- never overwrites a newer one; null while no decision was applied.
alter table model_request add column decision_sequence bigint;
