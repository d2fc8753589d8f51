-- The workspace's template library: a template (owned by a team, shared with teams or everyone)
-- and its versions. A version is immutable once written (a trigger refuses updates); a change is a
-- new version. The template row and its share rows hold the current owner and sharing, which
-- decide who sees and who may change every version; each version also records the owner and
-- sharing it was written with, for the history.

CREATE TABLE workspace_template (
  id              text PRIMARY KEY CHECK (id ~ '^[a-z0-9]+(-[a-z0-9]+)*$' AND length(id) <= 64),
  owner_team      text NOT NULL,
  everyone        boolean NOT NULL,
  latest_version  int NOT NULL CHECK (latest_version > 0),
  created_at      timestamptz NOT NULL,
  updated_at      timestamptz NOT NULL
);
CREATE INDEX workspace_template_owner ON workspace_template (owner_team);

CREATE TABLE workspace_template_share (
  template_id  text NOT NULL REFERENCES workspace_template ON DELETE CASCADE,
  team         text NOT NULL,
  PRIMARY KEY (template_id, team)
);
CREATE INDEX workspace_template_share_team ON workspace_template_share (team);

CREATE TABLE workspace_template_version (
  template_id         text NOT NULL REFERENCES workspace_template ON DELETE CASCADE,
  version             int NOT NULL CHECK (version > 0),
  name                text NOT NULL,
  description         text NOT NULL,
  owner_team          text NOT NULL,
  everyone            boolean NOT NULL,
  shared_teams        text[] NOT NULL,
  default_data_class  text NOT NULL CHECK (default_data_class IN ('PUBLIC','INTERNAL','CUSTOMER','RESTRICTED')),
  system_prompt       text NOT NULL,
  body                text NOT NULL,
  -- [{"name","label","type","required","choices","help"}]
  variables           jsonb NOT NULL,
  -- [{"name","heading"}]
  outputs             jsonb NOT NULL,
  created_by          text NOT NULL,
  created_at          timestamptz NOT NULL,
  change_note         text NOT NULL,
  -- SHA-256 of a shipped template's content, on versions the start-up seeding wrote; a shipped
  -- file whose content hash differs from its last seeded version's becomes a new version
  shipped_sha256      text,
  PRIMARY KEY (template_id, version)
);

CREATE FUNCTION workspace_template_version_immutable() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'template versions are immutable: write a new version of % instead', OLD.template_id;
END;
$$;

CREATE TRIGGER workspace_template_version_immutable
  BEFORE UPDATE ON workspace_template_version
  FOR EACH ROW EXECUTE FUNCTION workspace_template_version_immutable();
