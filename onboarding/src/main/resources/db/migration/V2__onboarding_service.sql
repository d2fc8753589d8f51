-- The onboarding service: encrypted applicant data, stored documents, submission rounds, the job
-- queue, and decisions that are written once per round.

-- db-scheduler's queue (its PostgreSQL schema, version 16). Instances poll it with
-- SELECT ... FOR UPDATE SKIP LOCKED; a running execution's heartbeat tells others it is alive.
CREATE TABLE scheduled_tasks (
    task_name            text                     NOT NULL,
    task_instance        text                     NOT NULL,
    task_data            bytea,
    execution_time       timestamp with time zone NOT NULL,
    picked               boolean                  NOT NULL,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   NOT NULL,
    priority             smallint,
    PRIMARY KEY (task_name, task_instance)
);
CREATE INDEX execution_time_idx ON scheduled_tasks (execution_time);
CREATE INDEX last_heartbeat_idx ON scheduled_tasks (last_heartbeat);
CREATE INDEX priority_execution_time_idx ON scheduled_tasks (priority DESC, execution_time ASC);

ALTER TABLE application DROP CONSTRAINT application_status_known;
ALTER TABLE application
    ALTER COLUMN status SET DEFAULT 'DRAFT',
    ADD CONSTRAINT application_status_known
        CHECK (status IN ('DRAFT', 'RECEIVED', 'VERIFYING', 'IN_REVIEW', 'DECIDED')),
    -- 0 while the applicant is still uploading; each submission for checking adds one.
    ADD COLUMN round int NOT NULL DEFAULT 0,
    -- SHA-256 of the applicant's resume token; the token itself is never stored.
    ADD COLUMN access_token_hash bytea UNIQUE,
    -- Envelope encryption: this application's data key, wrapped by the key-encryption key kek_id.
    ADD COLUMN wrapped_key bytea,
    ADD COLUMN kek_id text,
    -- application.json, AES-256-GCM under the data key. The jsonb column keeps only what is not personal.
    ADD COLUMN sealed_applicant bytea,
    ADD COLUMN first_day_of_employment date,
    ADD COLUMN employment_ended_on date,
    ADD COLUMN submitted_at timestamptz,
    ADD COLUMN decided_at timestamptz;
COMMENT ON COLUMN application.applicant IS
    'Non-personal signup fields only (vehicle class, licence state); the rest is in sealed_applicant.';

CREATE TABLE document (
    application_id uuid        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    kind           text        NOT NULL CONSTRAINT document_kind_known CHECK (kind IN ('dl-front', 'dl-back', 'i9')),
    file_name      text        NOT NULL,
    media_type     text        NOT NULL,
    size_bytes     bigint      NOT NULL,
    uploaded_at    timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (application_id, kind)
);
COMMENT ON TABLE document IS
    'One row per stored document; the bytes are <data-dir>/documents/<application>/<file_name>.enc (AES-256-GCM).';

ALTER TABLE decision
    ADD COLUMN round int NOT NULL DEFAULT 1,
    -- Reasons with their messages, fields read, a reviewer's note: AES-256-GCM under the data key.
    ADD COLUMN sealed_detail bytea,
    ADD COLUMN elapsed_ms bigint,
    -- The db-scheduler instance that ran the check (for the system's decisions).
    ADD COLUMN processed_by text,
    -- For a reviewer's decision: the system decision it confirms or overrides.
    ADD COLUMN reviews bigint REFERENCES decision (id) ON DELETE CASCADE;
COMMENT ON COLUMN decision.reasons IS 'code, severity, document, field of each reason; messages are sealed';
-- A re-run after a crash finds the round already decided and writes nothing: one visible system
-- decision per submission, and one reviewer decision per submission.
CREATE UNIQUE INDEX decision_one_system_decision_per_round
    ON decision (application_id, round) WHERE decided_by = 'system';
CREATE UNIQUE INDEX decision_one_review_per_round
    ON decision (application_id, round) WHERE decided_by <> 'system';
CREATE INDEX application_review_queue_idx ON application (status, submitted_at);
