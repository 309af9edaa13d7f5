-- approval-service's own findings on the request (a click-through licence its entity has not accepted), as its
-- approval.request.opened and approval.request.decided events last stated them.
alter table model_request add column approval_findings text not null default '[]';
