-- Version 2: per-epoch losses of every training run, and the model file's hash.

CREATE TABLE training_epochs (
    record_id       INTEGER NOT NULL REFERENCES model_training_records (id) ON DELETE CASCADE,
    epoch           INTEGER NOT NULL,   -- 1-based
    train_loss      REAL    NOT NULL,
    val_loss        REAL    NOT NULL,
    learning_rate   REAL    NOT NULL,
    duration_ms     INTEGER NOT NULL,
    PRIMARY KEY (record_id, epoch)
);

-- SHA-256 of the model file as written; a file whose hash differs is not loaded silently.
ALTER TABLE model_training_records ADD COLUMN model_sha256 TEXT;
