-- Retention deletes what a conversation held, not the fact that a run happened. When a conversation
-- goes (retention sweep, its owner), its runs keep their metering (who, team, template, model, data
-- class, tokens, dollars, masked counts per type: no content) for the usage pages and the monthly
-- report, and lose their link and every sealed column; the conversation's wrapped data key goes with
-- the conversation row, so nothing that was sealed could be opened again anyway. Deleting an
-- employee deletes their runs outright (EmployeesAdmin).
ALTER TABLE workspace_run ALTER COLUMN conversation_id DROP NOT NULL;
ALTER TABLE workspace_run ALTER COLUMN prompt_sealed DROP NOT NULL;
ALTER TABLE workspace_run DROP CONSTRAINT workspace_run_conversation_id_fkey;
ALTER TABLE workspace_run ADD CONSTRAINT workspace_run_conversation_id_fkey
  FOREIGN KEY (conversation_id) REFERENCES workspace_conversation ON DELETE SET NULL;

CREATE FUNCTION workspace_run_forget_content() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.prompt_sealed := NULL;
  NEW.answer_sealed := NULL;
  NEW.masked_sealed := NULL;
  NEW.error := NULL;
  RETURN NEW;
END $$;

CREATE TRIGGER workspace_run_forget_content BEFORE UPDATE OF conversation_id ON workspace_run
  FOR EACH ROW WHEN (NEW.conversation_id IS NULL) EXECUTE FUNCTION workspace_run_forget_content();
