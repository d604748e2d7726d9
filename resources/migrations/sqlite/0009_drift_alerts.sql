-- Version 9: drift checks and alerts. Each time a model's live accuracy is recorded
-- (performance_metrics), it is checked against what the model promised when it was saved; every
-- check is kept, and a check that finds drift raises an alert until someone acknowledges it.
CREATE TABLE drift_checks (
    id              INTEGER PRIMARY KEY,
    model_name      TEXT    NOT NULL,
    horizon         INTEGER NOT NULL CHECK (horizon >= 1),
    kind            TEXT    NOT NULL CHECK (kind IN ('performance', 'coverage', 'input')),
    score           REAL,
    threshold       REAL,
    window_size     INTEGER NOT NULL CHECK (window_size >= 1),
    drift_detected  INTEGER NOT NULL CHECK (drift_detected IN (0, 1)),
    checked_at      TEXT    NOT NULL
);
CREATE INDEX drift_checks_model ON drift_checks (model_name, horizon, checked_at);

CREATE TABLE alerts (
    id               INTEGER PRIMARY KEY,
    severity         TEXT    NOT NULL CHECK (severity IN ('info', 'warning', 'critical')),
    model_name       TEXT,
    kind             TEXT    NOT NULL,
    message          TEXT    NOT NULL,
    created_at       TEXT    NOT NULL,
    acknowledged_at  TEXT
);
CREATE INDEX alerts_open ON alerts (acknowledged_at, created_at);
