-- The give/receive ledger refuses TRUNCATE too (row triggers do not fire on TRUNCATE, so it needs a
-- statement-level one). Together with the UPDATE/DELETE trigger this holds for every role that does
-- not own the table: an owner or superuser could still drop or disable the triggers, which is why the
-- application runs as a role that owns nothing (docs/deploy.md).
CREATE TRIGGER "ContributionEntry_no_truncate"
  BEFORE TRUNCATE ON "ContributionEntry"
  FOR EACH STATEMENT EXECUTE FUNCTION "contribution_entry_is_append_only"();
