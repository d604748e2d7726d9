-- Version 13: trained strategy configurations (Strategy Studio, issue #20). A strategy's
-- parameters found by an optimisation on one symbol and timeframe, with the objective they were
-- chosen by, their backtest scores (buy_and_hold_return among them) and the walk-forward folds
-- that validated them, all as JSON. Names are unique: saving under a taken name is refused.
-- `source_job_id` is the strategy training job that produced the row, when one did (no foreign
-- key: jobs are removed from the queue while their results stay).
CREATE TABLE trained_configurations (
    id             INTEGER PRIMARY KEY,
    name           TEXT    NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
    symbol         TEXT    NOT NULL,
    timeframe      TEXT    NOT NULL,
    strategy       TEXT    NOT NULL,
    params         TEXT    NOT NULL,
    objective      TEXT    NOT NULL,
    scores         TEXT    NOT NULL,
    walk_forward   TEXT    NOT NULL DEFAULT '[]',
    created_at     TEXT    NOT NULL,
    source_job_id  INTEGER
);
CREATE INDEX trained_configurations_series ON trained_configurations (symbol, timeframe, created_at);
