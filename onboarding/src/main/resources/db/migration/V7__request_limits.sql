-- Per-client and per-application request limits for the anonymous applicant flow (sign-up, upload,
-- submit), kept here so that several instances count together. One row per key and its current
-- fixed window; a row whose window has passed is reset by the next hit.
CREATE TABLE request_limit (
    key          text        PRIMARY KEY,
    window_start timestamptz NOT NULL,
    hits         integer     NOT NULL
);
