-- The lifecycle state, the decision and the severity are Java enums: onramp.app.apply.ApplicationState
-- (application.status), onramp.onboarding.Outcome (decision.decision), onramp.onboarding.Severity (each
-- reason's severity in decision.reasons). The queries bind their names as parameters; these constraints
-- are the database's half, admitting exactly those names (LifecycleConstraintsIT holds the two together).
-- application_status_known (V2) and decision_known (V1) already admit exactly the states and outcomes.

-- DRAFT means never submitted: round 0, and nothing else has round 0.
ALTER TABLE application ADD CONSTRAINT application_draft_until_first_submission
    CHECK ((status = 'DRAFT') = (round = 0));

-- A reviewer approves or rejects; only the system sends an application to a person.
ALTER TABLE decision ADD CONSTRAINT decision_reviewer_approves_or_rejects
    CHECK (decided_by = 'system' OR decision IN ('APPROVED', 'REJECTED'));

-- A reason's severity, where it has one, is one of the three.
ALTER TABLE decision ADD CONSTRAINT decision_reason_severity_known
    CHECK (NOT jsonb_path_exists(reasons,
        '$[*] ? (exists(@.severity) && (@.severity.type() != "string"
                 || !(@.severity == "REJECT" || @.severity == "REVIEW" || @.severity == "INFO")))'));
