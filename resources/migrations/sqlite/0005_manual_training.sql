-- Version 5: training started by hand ends in the user's Save/Discard decision.
-- A manual job never merges with an auto job of the same spec (JobSpec::dedupKey marks it), and
-- its successful result waits, with its model file, until the user saves or discards it.

ALTER TABLE training_jobs ADD COLUMN manual INTEGER NOT NULL DEFAULT 0 CHECK (manual IN (0, 1));

-- NULL: recorded automatically (auto-train, retrain, CLI). 'pending': a manual result nobody has
-- decided on yet, hidden from cards, report and stale retraining and offered again at start-up
-- until decided. 'saved': registered in ml_models. 'discarded': archived, its file deleted.
ALTER TABLE model_training_records ADD COLUMN save_state TEXT
    CHECK (save_state IS NULL OR save_state IN ('pending', 'saved', 'discarded'));
-- Start-up looks for undecided results; almost every row is NULL, so the index stays tiny.
CREATE INDEX model_training_records_save_state ON model_training_records (save_state)
    WHERE save_state IS NOT NULL;
