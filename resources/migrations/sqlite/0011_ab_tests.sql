-- Version 11: A/B tests of two saved models (or two versions of one) on the same recent window of
-- their series: each side's accuracy as JSON (LivePerformance), the Diebold–Mariano statistic of
-- their squared errors and its p-value, and the winner ('A' or 'B', NULL when the difference is
-- not significant). Names and versions are kept as text and numbers, not ids, so a test stays
-- readable after a version is deleted; `activated` records that the winner was activated from it.
CREATE TABLE ab_tests (
    id            INTEGER PRIMARY KEY,
    created_at    TEXT    NOT NULL,
    model_a       TEXT    NOT NULL,
    version_a     INTEGER NOT NULL CHECK (version_a >= 1),
    model_b       TEXT    NOT NULL,
    version_b     INTEGER NOT NULL CHECK (version_b >= 1),
    symbol        TEXT    NOT NULL,
    timeframe     TEXT    NOT NULL,
    horizon       INTEGER NOT NULL CHECK (horizon >= 1),
    window_size   INTEGER NOT NULL CHECK (window_size >= 1),
    metrics_a     TEXT    NOT NULL,
    metrics_b     TEXT    NOT NULL,
    dm_statistic  REAL,
    p_value       REAL,
    winner        TEXT    CHECK (winner IN ('A', 'B')),
    activated     INTEGER NOT NULL DEFAULT 0 CHECK (activated IN (0, 1))
);
CREATE INDEX ab_tests_models ON ab_tests (model_a, model_b, created_at);
