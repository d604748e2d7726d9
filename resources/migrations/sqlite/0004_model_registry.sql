-- Version 4: the model registry (named, versioned models ready to predict) and their
-- predictions. Times: ISO-8601 UTC text with milliseconds ending in Z; bar times epoch ms UTC.

CREATE TABLE ml_models (
    id                  INTEGER PRIMARY KEY,
    model_name          TEXT    NOT NULL CHECK (model_name <> ''),
    version             INTEGER NOT NULL CHECK (version >= 1),
    model_type          TEXT    NOT NULL,               -- lstm_bot, … or what an import declares
    format              TEXT    NOT NULL CHECK (format IN ('modeldeck', 'torchscript')),
    prediction_horizons TEXT    NOT NULL DEFAULT '[]',  -- JSON array of bars ahead, e.g. [1, 3, 24]
    file_path           TEXT    NOT NULL,               -- relative to the workspace
    file_sha256         TEXT    NOT NULL,
    file_size           INTEGER NOT NULL DEFAULT 0,
    model_config        TEXT    NOT NULL DEFAULT '{}',  -- hyperparameters (modeldeck format)
    -- Feature settings, names and the scalers fitted at training time (prediction never refits).
    feature_config      TEXT    NOT NULL DEFAULT '{}',
    intervals           TEXT    NOT NULL DEFAULT '{}',  -- split-conformal half-widths per horizon
    metrics             TEXT    NOT NULL DEFAULT '{}',
    symbol              TEXT    NOT NULL,
    timeframe           TEXT    NOT NULL,
    training_record_id  INTEGER REFERENCES model_training_records (id) ON DELETE SET NULL,
    description         TEXT    NOT NULL DEFAULT '',
    tags                TEXT    NOT NULL DEFAULT '[]',  -- JSON array of strings
    is_active           INTEGER NOT NULL DEFAULT 0 CHECK (is_active IN (0, 1)),
    created_at          TEXT    NOT NULL,
    updated_at          TEXT    NOT NULL,
    UNIQUE (model_name, version)
);
-- One active model per symbol and timeframe, enforced by the database itself.
CREATE UNIQUE INDEX ml_models_one_active ON ml_models (symbol, timeframe) WHERE is_active = 1;
CREATE INDEX ml_models_record ON ml_models (training_record_id);

CREATE TABLE predictions (
    id                  INTEGER PRIMARY KEY,
    predicted_at        TEXT    NOT NULL,
    -- Name and version are kept as text so a prediction outlives the model it came from.
    model_id            INTEGER REFERENCES ml_models (id) ON DELETE SET NULL,
    model_name          TEXT    NOT NULL,
    model_version       INTEGER NOT NULL,
    symbol              TEXT    NOT NULL,
    timeframe           TEXT    NOT NULL,
    horizon             INTEGER NOT NULL CHECK (horizon >= 1),
    base_ts             INTEGER NOT NULL,   -- start of the last bar the prediction was made from
    base_close          REAL    NOT NULL,
    target_ts           INTEGER NOT NULL,   -- expected start of the predicted bar (base + horizon bars)
    predicted_value     REAL    NOT NULL,
    lower_80            REAL,
    upper_80            REAL,
    lower_95            REAL,
    upper_95            REAL,
    actual_value        REAL,               -- close of the horizon-th bar after the base, once stored
    actual_ts           INTEGER,
    actual_filled_at    TEXT
);
CREATE INDEX predictions_model ON predictions (model_name, horizon, predicted_at);
CREATE INDEX predictions_symbol ON predictions (symbol, timeframe, predicted_at);
CREATE INDEX predictions_pending ON predictions (target_ts) WHERE actual_value IS NULL;
CREATE INDEX predictions_model_id ON predictions (model_id);
