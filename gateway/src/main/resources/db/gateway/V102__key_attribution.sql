-- Virtual keys in budgets and the audit trail: a key may carry its own monthly budget (scope KEY,
-- named by the key's id), held on top of its team's and its tool's; every call made with a key
-- records which key, so usage can be read per key.
ALTER TABLE gateway_budget_limit DROP CONSTRAINT gateway_budget_limit_scope_check;
ALTER TABLE gateway_budget_limit ADD CONSTRAINT gateway_budget_limit_scope_check
  CHECK (scope IN ('TEAM', 'TOOL', 'KEY'));
ALTER TABLE gateway_budget_reservation ADD COLUMN key_id text;
ALTER TABLE gateway_audit ADD COLUMN key_id text;
CREATE INDEX gateway_audit_key_at ON gateway_audit (key_id, at) WHERE key_id IS NOT NULL;
CREATE INDEX gateway_audit_at ON gateway_audit (at);
