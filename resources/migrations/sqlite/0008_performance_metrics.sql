-- Version 8: how each saved model does after deployment. Whenever predictions get their actual
-- values (predictions fill, imports, downloads), the model's accuracy over its newest predictions
-- with actuals is recorded here, so its trend can be shown and drift checked against it.
-- Keyed by name and horizon like the predictions themselves, so the history outlives a deleted
-- version.
CREATE TABLE performance_metrics (
    id                    INTEGER PRIMARY KEY,
    model_name            TEXT    NOT NULL,
    horizon               INTEGER NOT NULL CHECK (horizon >= 1),
    computed_at           TEXT    NOT NULL,
    window_size           INTEGER NOT NULL CHECK (window_size >= 1),
    samples               INTEGER NOT NULL CHECK (samples >= 0),
    rmse                  REAL,
    mae                   REAL,
    r2                    REAL,
    directional_accuracy  REAL,
    skill                 REAL,
    naive_rmse            REAL,
    coverage_80           REAL,
    coverage_95           REAL,
    first_target_ts       INTEGER,
    last_target_ts        INTEGER
);
CREATE INDEX performance_metrics_model ON performance_metrics (model_name, horizon, computed_at);
