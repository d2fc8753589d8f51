-- Policy changes made at run time by ML review (admin page, API), applied on top of gateway.yaml by
-- every gateway instance, which re-reads them every few seconds (onramp.gateway.admin.LivePolicy).

-- A model switched on or off the allowlist; no row: gateway.yaml decides.
CREATE TABLE gateway_allowlist_override (
  model      text        PRIMARY KEY,
  allowed    boolean     NOT NULL,
  changed_by text        NOT NULL,
  changed_at timestamptz NOT NULL
);

-- Exceptions ML review decided. status is onramp.gateway.admin.ExceptionStatus (bound by name); a
-- grant has an expiry date; exactly the revoked ones say who revoked them and when.
CREATE TABLE gateway_policy_exception (
  id         uuid        PRIMARY KEY,
  seq        bigint      GENERATED ALWAYS AS IDENTITY,
  vendor     text        NOT NULL,
  model      text        NOT NULL,
  purpose    text        NOT NULL,
  approver   text        NOT NULL,
  ticket     text        NOT NULL,
  expires    date,
  note       text,
  status     text        NOT NULL CHECK (status IN ('GRANTED', 'REFUSED', 'REVOKED')),
  decided_at timestamptz NOT NULL,
  revoked_by text,
  revoked_at timestamptz,
  CONSTRAINT gateway_policy_exception_grant_expires
    CHECK (status = 'REFUSED' OR expires IS NOT NULL),
  CONSTRAINT gateway_policy_exception_revoked_by
    CHECK ((status = 'REVOKED') = (revoked_by IS NOT NULL AND revoked_at IS NOT NULL))
);
CREATE INDEX gateway_policy_exception_granted ON gateway_policy_exception (status)
  WHERE status = 'GRANTED';
