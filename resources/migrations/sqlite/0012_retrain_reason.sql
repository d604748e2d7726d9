-- Version 12: why a retraining job was queued, and small workspace-wide state.
-- A retrain (RetrainTrigger) is queued by hand, by a drift alert or by the retraining schedule;
-- the trigger and the reason (the user's words, the alert's message) stay with the job so its
-- history row can say why it ran. Both are NULL for ordinary jobs and for jobs queued before.
ALTER TABLE training_jobs ADD COLUMN retrain_trigger TEXT
    CHECK (retrain_trigger IS NULL OR retrain_trigger IN ('manual', 'drift', 'scheduled'));
ALTER TABLE training_jobs ADD COLUMN reason TEXT;

-- Key/value state that belongs to the workspace, not to a user's settings: the retraining
-- scheduler's last run (so a restart inside the same window does not run it again).
CREATE TABLE workspace_state (
    key         TEXT PRIMARY KEY CHECK (key <> ''),
    value       TEXT NOT NULL,
    updated_at  TEXT NOT NULL
);
