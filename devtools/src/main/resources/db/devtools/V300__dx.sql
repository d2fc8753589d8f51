-- The TypeScript assistant's measurements (issue 13): review runs and their findings, what became of
-- each finding, the staggered rollout plan, the teams' repositories and the survey. Team level only:
-- an engineer is stored as a keyed pseudonym (HMAC-SHA-256 under dx_secret's key), used to count
-- weekly active engineers, never shown. Survey answers carry no engineer at all.

CREATE TABLE dx_secret (
  name        text PRIMARY KEY,
  value       bytea NOT NULL,
  created_at  timestamptz NOT NULL
);

CREATE TABLE dx_run (
  id             uuid PRIMARY KEY,
  repository     text NOT NULL,
  team           text NOT NULL,
  engineer       text NOT NULL,          -- pseudonym, see above
  head_commit    text,                   -- null when the working tree was reviewed
  started_at     timestamptz NOT NULL,
  duration_ms    bigint NOT NULL CHECK (duration_ms >= 0),
  model_used     boolean NOT NULL,
  input_tokens   bigint NOT NULL CHECK (input_tokens >= 0),
  output_tokens  bigint NOT NULL CHECK (output_tokens >= 0),
  cost_usd       numeric(14, 6) NOT NULL CHECK (cost_usd >= 0)
);
CREATE INDEX dx_run_team_time ON dx_run (team, started_at);

-- n is the finding's 1-based position in the run's report, as `ts feedback --finding N` names it.
CREATE TABLE dx_finding (
  run_id      uuid NOT NULL REFERENCES dx_run ON DELETE CASCADE,
  n           int NOT NULL CHECK (n >= 1),
  file        text NOT NULL,
  line_start  int NOT NULL,
  line_end    int NOT NULL,
  source      text NOT NULL CHECK (source IN ('TSC','ESLINT','MODEL')),
  severity    text NOT NULL CHECK (severity IN ('BLOCKER','WARNING','INFO')),
  category    text NOT NULL,
  rule        text,
  PRIMARY KEY (run_id, n)
);

-- Every signal about a finding; the report takes, per finding, a person's word (CLI) over a GitHub
-- reaction over what git history shows (GIT), the latest of each.
CREATE TABLE dx_fate (
  run_id      uuid NOT NULL,
  n           int NOT NULL,
  fate        text NOT NULL CHECK (fate IN ('ACCEPTED','DISMISSED','FIXED')),
  origin      text NOT NULL CHECK (origin IN ('CLI','GITHUB','GIT')),
  decided_at  timestamptz NOT NULL,
  evidence    text,                      -- the fixing commit, or the GitHub comment id
  PRIMARY KEY (run_id, n, origin),
  FOREIGN KEY (run_id, n) REFERENCES dx_finding ON DELETE CASCADE
);

CREATE TABLE dx_plan (
  id          bigserial PRIMARY KEY,
  created_at  timestamptz NOT NULL,
  start_date  date NOT NULL,
  waves       int NOT NULL CHECK (waves >= 2),
  wave_weeks  int NOT NULL CHECK (wave_weeks >= 1),
  seed        bigint NOT NULL
);

CREATE TABLE dx_plan_team (
  plan_id     bigint NOT NULL REFERENCES dx_plan ON DELETE CASCADE,
  team        text NOT NULL,
  wave        int NOT NULL,
  start_date  date NOT NULL,
  PRIMARY KEY (plan_id, team)
);

CREATE TABLE dx_repository (
  team        text NOT NULL,
  location    text NOT NULL,             -- a local clone the report reads with git
  branch      text NOT NULL,
  PRIMARY KEY (team, location)
);

CREATE TABLE dx_survey (
  id            bigserial PRIMARY KEY,
  team          text NOT NULL,
  wave          int NOT NULL,
  submitted_at  timestamptz NOT NULL,
  speed         int NOT NULL CHECK (speed BETWEEN 1 AND 5),
  quality       int NOT NULL CHECK (quality BETWEEN 1 AND 5),
  satisfaction  int NOT NULL CHECK (satisfaction BETWEEN 1 AND 5)
);
CREATE INDEX dx_survey_team ON dx_survey (team, wave);
