-- The prompting workspace: employees, personal access tokens, conversations, runs, attachments,
-- retention per data class. Contents (prompts, answers, file text, images) are sealed with a data
-- key per conversation (envelope encryption: wrapped_key under the instance's key-encryption key),
-- so deleting a conversation row really deletes what it held. Titles never carry content of
-- CUSTOMER or RESTRICTED runs.

CREATE TABLE workspace_employee (
  username      text PRIMARY KEY,
  team          text NOT NULL,
  display_name  text,
  created_at    timestamptz NOT NULL,
  last_seen_at  timestamptz
);

-- Personal access tokens for the API: shown once, stored as SHA-256 of the secret.
CREATE TABLE workspace_token (
  id            text PRIMARY KEY,
  username      text NOT NULL REFERENCES workspace_employee ON DELETE CASCADE,
  secret_sha256 bytea NOT NULL UNIQUE,
  label         text,
  created_at    timestamptz NOT NULL,
  expires_at    timestamptz,
  last_used_at  timestamptz,
  revoked_at    timestamptz
);
CREATE INDEX workspace_token_user ON workspace_token (username);

CREATE TABLE workspace_conversation (
  id            uuid PRIMARY KEY,
  username      text NOT NULL REFERENCES workspace_employee ON DELETE CASCADE,
  team          text NOT NULL,
  title         text NOT NULL,
  -- the most sensitive class of any run in it; decides retention
  data_class    text NOT NULL CHECK (data_class IN ('PUBLIC','INTERNAL','CUSTOMER','RESTRICTED')),
  wrapped_key   bytea NOT NULL,
  kek_id        text NOT NULL,
  created_at    timestamptz NOT NULL,
  updated_at    timestamptz NOT NULL,
  -- when the retention sweep deletes it (null: kept until its owner deletes it)
  delete_after  timestamptz
);
CREATE INDEX workspace_conversation_user ON workspace_conversation (username, updated_at DESC);
CREATE INDEX workspace_conversation_expiry ON workspace_conversation (delete_after) WHERE delete_after IS NOT NULL;

CREATE TABLE workspace_run (
  id               uuid PRIMARY KEY,
  conversation_id  uuid NOT NULL REFERENCES workspace_conversation ON DELETE CASCADE,
  seq              int NOT NULL,
  username         text NOT NULL,
  team             text NOT NULL,
  template_id      text,
  template_version int,
  model            text NOT NULL,
  data_class       text NOT NULL CHECK (data_class IN ('PUBLIC','INTERNAL','CUSTOMER','RESTRICTED')),
  -- COMPLETE, PARTIAL (the stream broke: the partial answer kept), FAILED (nothing answered), REFUSED (policy, budget)
  status           text NOT NULL CHECK (status IN ('RUNNING','COMPLETE','PARTIAL','FAILED','REFUSED')),
  error            text,
  prompt_sealed    bytea NOT NULL,
  answer_sealed    bytea,
  -- what was masked before the text left: [{"type","placeholder","original"}], sealed (originals are personal data)
  masked_sealed    bytea,
  -- counts per entity type, not sealed (no values): {"EMAIL":1,...}
  masked_counts    jsonb NOT NULL DEFAULT '{}',
  input_tokens     bigint NOT NULL DEFAULT 0,
  output_tokens    bigint NOT NULL DEFAULT 0,
  cache_read_tokens  bigint NOT NULL DEFAULT 0,
  cache_write_tokens bigint NOT NULL DEFAULT 0,
  cost_usd         numeric(14,6) NOT NULL DEFAULT 0,
  started_at       timestamptz NOT NULL,
  first_token_ms   int,
  finished_at      timestamptz,
  UNIQUE (conversation_id, seq)
);
CREATE INDEX workspace_run_started ON workspace_run (started_at);
CREATE INDEX workspace_run_user ON workspace_run (username, started_at);
CREATE INDEX workspace_run_team ON workspace_run (team, started_at);

CREATE TABLE workspace_attachment (
  id               uuid PRIMARY KEY,
  conversation_id  uuid NOT NULL REFERENCES workspace_conversation ON DELETE CASCADE,
  run_id           uuid REFERENCES workspace_run ON DELETE CASCADE,
  file_name        text NOT NULL,
  media_type       text NOT NULL,
  size_bytes       bigint NOT NULL,
  pages            int,
  -- extracted text, or the image bytes for images; sealed
  content_sealed   bytea NOT NULL,
  created_at       timestamptz NOT NULL
);
CREATE INDEX workspace_attachment_conversation ON workspace_attachment (conversation_id);

-- How long conversations of each data class are kept (days after their last run); null: until deleted.
CREATE TABLE workspace_retention (
  data_class  text PRIMARY KEY CHECK (data_class IN ('PUBLIC','INTERNAL','CUSTOMER','RESTRICTED')),
  days        int CHECK (days IS NULL OR days > 0),
  updated_by  text NOT NULL,
  updated_at  timestamptz NOT NULL
);
INSERT INTO workspace_retention (data_class, days, updated_by, updated_at) VALUES
  ('PUBLIC', NULL, 'default', now()),
  ('INTERNAL', 365, 'default', now()),
  ('CUSTOMER', 30, 'default', now()),
  ('RESTRICTED', 7, 'default', now());
