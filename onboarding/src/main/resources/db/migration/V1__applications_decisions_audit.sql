-- The first schema of the onboarding service. Runs unchanged on the embedded PostgreSQL and on
-- production's. Personal data lives only in application.applicant (encrypted at rest later).

CREATE TABLE application (
    id          uuid        PRIMARY KEY,
    created_at  timestamptz NOT NULL DEFAULT now(),
    updated_at  timestamptz NOT NULL DEFAULT now(),
    status      text        NOT NULL DEFAULT 'RECEIVED'
        CONSTRAINT application_status_known
        CHECK (status IN ('RECEIVED', 'VERIFYING', 'IN_REVIEW', 'DECIDED')),
    applicant   jsonb       NOT NULL
        CONSTRAINT application_applicant_is_object CHECK (jsonb_typeof(applicant) = 'object')
);
COMMENT ON COLUMN application.applicant IS
    'What the applicant typed at signup (application.json). Personal data: to be encrypted at rest.';
CREATE INDEX application_status_created_idx ON application (status, created_at);

-- Every decision is kept: the system's first one and each reviewer's override after it.
CREATE TABLE decision (
    id              bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id  uuid        NOT NULL REFERENCES application (id) ON DELETE CASCADE,
    decision        text        NOT NULL
        CONSTRAINT decision_known CHECK (decision IN ('APPROVED', 'REJECTED', 'NEEDS_REVIEW')),
    reasons         jsonb       NOT NULL DEFAULT '[]'
        CONSTRAINT decision_reasons_is_array CHECK (jsonb_typeof(reasons) = 'array'),
    decided_at      timestamptz NOT NULL DEFAULT now(),
    decided_by      text        NOT NULL
        CONSTRAINT decision_decided_by_named CHECK (decided_by <> '')
);
COMMENT ON COLUMN decision.decided_by IS '''system'' or the reviewer''s user id';
CREATE INDEX decision_application_idx ON decision (application_id, decided_at);

-- Append-only. No foreign key to application: the trail outlives the data it describes
-- (a deletion under the retention rule is itself an audit event).
CREATE TABLE audit_event (
    id       bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at       timestamptz NOT NULL DEFAULT now(),
    actor    text        NOT NULL,
    action   text        NOT NULL,
    subject  text        NOT NULL,
    details  jsonb       NOT NULL DEFAULT '{}'
        CONSTRAINT audit_event_details_is_object CHECK (jsonb_typeof(details) = 'object')
);
CREATE INDEX audit_event_subject_idx ON audit_event (subject, at);
CREATE INDEX audit_event_at_idx ON audit_event (at);
