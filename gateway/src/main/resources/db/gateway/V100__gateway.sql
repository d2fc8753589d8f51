-- Gateway tables: budgets (limits, per-month usage, reservations in flight) and the audit trail.
-- Flyway location: classpath:db/gateway (versions 100..199 belong to the gateway).

CREATE TABLE gateway_budget_limit (
  scope      text           NOT NULL CHECK (scope IN ('TEAM', 'TOOL')),
  name       text           NOT NULL,
  limit_usd  numeric(24,12) NOT NULL CHECK (limit_usd >= 0),
  updated_at timestamptz    NOT NULL DEFAULT now(),
  PRIMARY KEY (scope, name)
);

-- One row per budget and month (UTC, 'YYYY-MM'). Admission is one conditional UPDATE per row:
-- spent + reserved + worst case <= limit, under the row lock, so no two calls can both pass.
CREATE TABLE gateway_budget_usage (
  scope        text           NOT NULL,
  name         text           NOT NULL,
  period       text           NOT NULL,
  spent_usd    numeric(24,12) NOT NULL DEFAULT 0,
  reserved_usd numeric(24,12) NOT NULL DEFAULT 0,
  PRIMARY KEY (scope, name, period),
  FOREIGN KEY (scope, name) REFERENCES gateway_budget_limit (scope, name) ON DELETE CASCADE
);

-- Calls in flight; a reservation left by a crashed instance is released by releaseStale().
CREATE TABLE gateway_budget_reservation (
  id         uuid           PRIMARY KEY,
  team       text           NOT NULL,
  tool       text           NOT NULL,
  period     text           NOT NULL,
  amount_usd numeric(24,12) NOT NULL,
  created_at timestamptz    NOT NULL DEFAULT now()
);
CREATE INDEX gateway_budget_reservation_created ON gateway_budget_reservation (created_at);

-- Every call, successful or not. prompt is only ever set for PUBLIC and INTERNAL data.
CREATE TABLE gateway_audit (
  id                    bigserial      PRIMARY KEY,
  call_id               uuid           NOT NULL,
  at                    timestamptz    NOT NULL,
  user_id               text           NOT NULL,
  team                  text           NOT NULL,
  tool                  text           NOT NULL,
  purpose               text           NOT NULL,
  data_class            text           NOT NULL,
  vendor                text,
  model                 text           NOT NULL,
  input_tokens          bigint         NOT NULL DEFAULT 0,
  output_tokens         bigint         NOT NULL DEFAULT 0,
  cache_read_tokens     bigint         NOT NULL DEFAULT 0,
  cache_write_5m_tokens bigint         NOT NULL DEFAULT 0,
  cache_write_1h_tokens bigint         NOT NULL DEFAULT 0,
  cost_usd              numeric(24,12) NOT NULL DEFAULT 0,
  latency_ms            bigint         NOT NULL,
  attempts              integer        NOT NULL,
  outcome               text           NOT NULL,
  error_code            text,
  vendor_request_id     text,
  masked_entities       text           NOT NULL DEFAULT '{}',
  prompt                text
);
CREATE INDEX gateway_audit_team_at ON gateway_audit (team, at);
CREATE INDEX gateway_audit_tool_at ON gateway_audit (tool, at);
