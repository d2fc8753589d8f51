-- The audit trail is append-only in fact, not only by comment, and tamper-evident: each row carries
-- seq (its place in the chain), prev_hash (the hash of the row before it) and hash =
-- sha256(prev_hash || its content). `./onramp audit verify` recomputes the chain and names the
-- first broken link. The content hashed is, joined by newlines: seq, at in microseconds since the
-- epoch, actor, action, subject, details as PostgreSQL prints jsonb.
ALTER TABLE audit_event
    ADD COLUMN seq       bigint,
    ADD COLUMN prev_hash bytea,
    ADD COLUMN hash      bytea;

CREATE FUNCTION audit_event_content(seq bigint, at timestamptz, actor text, action text,
                                    subject text, details jsonb) RETURNS bytea
    LANGUAGE sql IMMUTABLE AS $$
    SELECT convert_to(concat_ws(E'\n', seq::text,
                                ((extract(epoch FROM at) * 1000000)::bigint)::text,
                                actor, action, subject, details::text), 'UTF8')
$$;

-- Rows written before this migration are chained in id order.
DO $$
DECLARE
    r    record;
    prev bytea := decode(repeat('00', 32), 'hex');
    n    bigint := 0;
BEGIN
    FOR r IN SELECT id, at, actor, action, subject, details FROM audit_event ORDER BY id LOOP
        n := n + 1;
        UPDATE audit_event
           SET seq = n, prev_hash = prev,
               hash = sha256(prev || audit_event_content(n, r.at, r.actor, r.action, r.subject, r.details))
         WHERE id = r.id;
        SELECT hash INTO prev FROM audit_event WHERE id = r.id;
    END LOOP;
END $$;

ALTER TABLE audit_event
    ALTER COLUMN seq SET NOT NULL,
    ALTER COLUMN prev_hash SET NOT NULL,
    ALTER COLUMN hash SET NOT NULL;
CREATE UNIQUE INDEX audit_event_seq_idx ON audit_event (seq);

-- New rows are chained as they are inserted. The transaction-scoped advisory lock makes writers
-- take turns (held to commit), so each row links to the committed row before it.
CREATE FUNCTION audit_event_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    last_seq  bigint;
    last_hash bytea;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('onramp.audit_event.chain'));
    SELECT seq, hash INTO last_seq, last_hash FROM audit_event ORDER BY seq DESC LIMIT 1;
    NEW.seq := coalesce(last_seq, 0) + 1;
    NEW.prev_hash := coalesce(last_hash, decode(repeat('00', 32), 'hex'));
    NEW.hash := sha256(NEW.prev_hash || audit_event_content(NEW.seq, NEW.at, NEW.actor, NEW.action,
                                                           NEW.subject, NEW.details));
    RETURN NEW;
END $$;

CREATE TRIGGER audit_event_chain BEFORE INSERT ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_chain();

CREATE FUNCTION audit_event_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % is refused', TG_OP
        USING ERRCODE = 'insufficient_privilege',
              HINT = 'Record a correcting event instead of changing or removing one.';
END $$;

CREATE TRIGGER audit_event_no_update_or_delete BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_refuse_change();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_refuse_change();
