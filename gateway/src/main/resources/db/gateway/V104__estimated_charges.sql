-- Money under faults (issue 15). A call whose answer was lost (the vendor may have answered and
-- billed, but the gateway could not read the usage: a timeout, a dropped connection, an unreadable
-- body, or an instance that died mid-call) is charged its reservation, the worst case. Such charges
-- are estimates: the usage row keeps how much of spent_usd is estimated, the audit row says so.
ALTER TABLE gateway_budget_usage ADD COLUMN estimated_usd numeric(24,12) NOT NULL DEFAULT 0;
ALTER TABLE gateway_audit ADD COLUMN cost_estimated boolean NOT NULL DEFAULT false;
-- Calls whose actual cost went over what was reserved (a price or token bound was wrong).
ALTER TABLE gateway_budget_usage ADD COLUMN overruns integer NOT NULL DEFAULT 0;
