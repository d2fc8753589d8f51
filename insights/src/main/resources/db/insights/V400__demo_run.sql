-- Which months hold demo data (./onramp demo): the report marks those months as DEMO DATA.
CREATE TABLE demo_run (
  id          bigint      GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  created_at  timestamptz NOT NULL DEFAULT now(),
  first_month date        NOT NULL CHECK (extract(day FROM first_month) = 1),
  last_month  date        NOT NULL CHECK (extract(day FROM last_month) = 1),
  seed        bigint      NOT NULL,
  summary     jsonb       NOT NULL DEFAULT '{}',
  CHECK (first_month <= last_month)
);
