-- Inputs of the monthly report that no other table records.

-- The driver supply model's parameters (docs/report.md): editable with ./onramp report --set NAME=VALUE.
-- basis says whether the value was MEASURED (and where) or is an ASSUMPTION to be confirmed.
CREATE TABLE insights_supply_parameter (
  name        text    PRIMARY KEY,
  value       numeric NOT NULL CHECK (value >= 0),
  low         numeric NOT NULL CHECK (low >= 0),
  high        numeric NOT NULL CHECK (high >= low),
  unit        text    NOT NULL,
  basis       text    NOT NULL CHECK (basis IN ('MEASURED', 'ASSUMPTION')),
  note        text    NOT NULL,
  updated_by  text    NOT NULL DEFAULT 'default',
  updated_at  timestamptz NOT NULL DEFAULT now(),
  CHECK (low <= value AND value <= high)
);
INSERT INTO insights_supply_parameter (name, value, low, high, unit, basis, note) VALUES
  ('dropoff_per_day', 0.03, 0.015, 0.05, 'share of waiting applicants lost per day', 'ASSUMPTION',
   'Not measured yet: industry rule of thumb; replace with the share of approved applicants who never start, by days waited.'),
  ('activation_rate', 0.60, 0.45, 0.75, 'share of approved drivers who drive in their first month', 'ASSUMPTION',
   'To be measured from the trips system, which Onramp does not read.'),
  ('trips_per_active_driver', 120, 80, 160, 'trips per active driver per month', 'ASSUMPTION',
   'Operations estimate; to be replaced by the trips system''s figure.'),
  ('manual_baseline_days', 7, 7, 7, 'days from submission to decision before Onramp', 'MEASURED',
   'The seven-day manual process measured before Onramp (issue 14).');

-- One row per ./onramp eval --record: the latest dev and held-out figures appear in the report.
CREATE TABLE eval_run (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  recorded_at timestamptz NOT NULL,
  split       text        NOT NULL CHECK (split IN ('dev', 'heldout')),
  corpus      text        NOT NULL,
  cases       integer     NOT NULL CHECK (cases >= 0),
  correct     integer     NOT NULL CHECK (correct >= 0 AND correct <= cases),
  details     jsonb       NOT NULL DEFAULT '{}'
);
CREATE INDEX eval_run_split_idx ON eval_run (split, recorded_at DESC);

-- What the report's queries filter on: a month's rows by time.
CREATE INDEX IF NOT EXISTS application_decided_at_idx ON application (decided_at) WHERE decided_at IS NOT NULL;
CREATE INDEX IF NOT EXISTS application_submitted_at_idx ON application (submitted_at);
CREATE INDEX IF NOT EXISTS decision_decided_at_idx ON decision (decided_at);
CREATE INDEX IF NOT EXISTS workspace_run_started_idx ON workspace_run (started_at);
