-- ModelDeck workspace schema, version 1.
-- Times: bars use integer epoch milliseconds (UTC); other tables ISO-8601 UTC text ending in Z.

CREATE TABLE symbols (
    id          INTEGER PRIMARY KEY,
    name        TEXT    NOT NULL UNIQUE,
    exchange    TEXT    NOT NULL DEFAULT '',
    currency    TEXT    NOT NULL DEFAULT '',
    timezone    TEXT    NOT NULL,
    created_at  TEXT    NOT NULL
);

-- One row per bar; WITHOUT ROWID keeps bars clustered by symbol, timeframe and time, which is
-- exactly how they are read (a range of one series).
CREATE TABLE bars (
    symbol_id   INTEGER NOT NULL REFERENCES symbols (id) ON DELETE CASCADE,
    timeframe   TEXT    NOT NULL,
    ts          INTEGER NOT NULL,   -- bar start, epoch ms UTC
    open        REAL    NOT NULL,
    high        REAL    NOT NULL,
    low         REAL    NOT NULL,
    close       REAL    NOT NULL,
    adj_close   REAL,
    volume      REAL    NOT NULL,
    flags       INTEGER NOT NULL DEFAULT 0,  -- 1: kept although its values are impossible
    PRIMARY KEY (symbol_id, timeframe, ts)
) WITHOUT ROWID;

CREATE TABLE import_log (
    id              INTEGER PRIMARY KEY,
    imported_at     TEXT    NOT NULL,
    source          TEXT    NOT NULL,   -- file name or provider
    source_sha256   TEXT,
    format          TEXT    NOT NULL,
    symbol_id       INTEGER REFERENCES symbols (id) ON DELETE SET NULL,
    timeframe       TEXT    NOT NULL,
    rows_read       INTEGER NOT NULL,
    rows_new        INTEGER NOT NULL,
    rows_updated    INTEGER NOT NULL,
    rows_unchanged  INTEGER NOT NULL,
    rows_skipped    INTEGER NOT NULL,
    rows_flagged    INTEGER NOT NULL,
    first_ts        INTEGER,
    last_ts         INTEGER,
    duration_ms     INTEGER NOT NULL
);
CREATE INDEX import_log_symbol ON import_log (symbol_id, timeframe);

CREATE TABLE model_training_records (
    id                          INTEGER PRIMARY KEY,
    symbol                      TEXT    NOT NULL,
    timeframe                   TEXT    NOT NULL,
    bot_name                    TEXT    NOT NULL,
    trained_at                  TEXT    NOT NULL,
    training_duration_seconds   REAL    NOT NULL DEFAULT 0,
    data_points                 INTEGER NOT NULL DEFAULT 0,
    training_period             TEXT    NOT NULL DEFAULT '',
    epochs                      INTEGER NOT NULL DEFAULT 0,
    final_train_loss            REAL,
    final_val_loss              REAL,
    test_rmse                   REAL,
    test_mae                    REAL,
    model_path                  TEXT,
    model_size_mb               REAL    NOT NULL DEFAULT 0,
    status                      TEXT    NOT NULL DEFAULT 'active'
                                CHECK (status IN ('active', 'archived', 'failed')),
    error_message               TEXT,
    config                      TEXT    NOT NULL DEFAULT '{}'
);
CREATE INDEX model_training_records_symbol_timeframe ON model_training_records (symbol, timeframe);
CREATE INDEX model_training_records_bot ON model_training_records (bot_name);
CREATE INDEX model_training_records_status ON model_training_records (status);
CREATE INDEX model_training_records_trained_at ON model_training_records (trained_at);
