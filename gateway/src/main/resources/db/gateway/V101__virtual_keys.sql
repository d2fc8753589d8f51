-- Virtual keys of the gateway service: the secret is never stored, only its SHA-256 (hex).
CREATE TABLE gateway_virtual_key (
  id                  uuid        PRIMARY KEY,
  secret_sha256       text        NOT NULL UNIQUE CHECK (secret_sha256 ~ '^[0-9a-f]{64}$'),
  hint                text        NOT NULL,
  team                text        NOT NULL,
  tool                text        NOT NULL,
  person              text,
  models              text[]      NOT NULL DEFAULT '{}',
  max_data_class      text        NOT NULL
                      CHECK (max_data_class IN ('PUBLIC', 'INTERNAL', 'CUSTOMER', 'RESTRICTED')),
  monthly_budget_usd  numeric(24,12) CHECK (monthly_budget_usd >= 0),
  requests_per_minute integer     CHECK (requests_per_minute > 0),
  expires             date,
  created_at          timestamptz NOT NULL,
  revoked_at          timestamptz
);

CREATE INDEX gateway_virtual_key_team_tool ON gateway_virtual_key (team, tool);
