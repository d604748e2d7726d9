-- Version 3: the persistent training queue, the last progress of each job, and a mailbox of
-- queue commands sent by other processes (the CLI) to the process that runs the queue.
-- Times are ISO-8601 UTC text with milliseconds ending in Z, so they also compare as text.

CREATE TABLE training_jobs (
    id              INTEGER PRIMARY KEY,
    symbol          TEXT    NOT NULL CHECK (symbol <> ''),
    timeframe       TEXT    NOT NULL CHECK (timeframe <> ''),
    bot             TEXT    NOT NULL CHECK (bot <> ''),
    params          TEXT    NOT NULL DEFAULT '{}',      -- JSON object of hyperparameters
    horizon         INTEGER NOT NULL DEFAULT 1 CHECK (horizon >= 1),
    priority        INTEGER NOT NULL DEFAULT 0,         -- higher runs first
    -- Order among equal priorities. Fractional, so moving a job rewrites only that job's row.
    position        REAL    NOT NULL,
    max_retries     INTEGER NOT NULL DEFAULT 0 CHECK (max_retries >= 0),
    retrain_of      INTEGER REFERENCES model_training_records (id) ON DELETE SET NULL,
    -- symbol|timeframe|bot|horizon|canonical params (JobSpec::dedupKey()).
    dedup_key       TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'pending'
                    CHECK (status IN ('pending', 'running', 'completed', 'failed', 'cancelled',
                                      'interrupted')),
    attempts        INTEGER NOT NULL DEFAULT 0 CHECK (attempts >= 0),
    error_message   TEXT,
    -- Training record of the last attempt; the job outlives a record that is deleted.
    record_id       INTEGER REFERENCES model_training_records (id) ON DELETE SET NULL,
    owner_pid       INTEGER,                            -- process that runs (or ran) it
    created_at      TEXT    NOT NULL,
    started_at      TEXT,
    finished_at     TEXT,
    heartbeat_at    TEXT
);
-- Run order: claiming the next pending job and listing the queue.
CREATE INDEX training_jobs_run_order ON training_jobs (status, priority DESC, position, id);
-- New and retried jobs go after MAX(position): without this index that is a scan per enqueue.
CREATE INDEX training_jobs_position ON training_jobs (position);
-- At most one pending or running job per spec. The unique index makes the duplicate check hold
-- even for writers that do not serialise through BEGIN IMMEDIATE (PostgreSQL), and it is the
-- index the look-up by key uses.
CREATE UNIQUE INDEX training_jobs_active_dedup ON training_jobs (dedup_key)
    WHERE status IN ('pending', 'running');
-- Finished jobs, newest first.
CREATE INDEX training_jobs_finished_at ON training_jobs (finished_at);
-- Deleting a training record sets these to NULL; without indexes that scans every job per record.
CREATE INDEX training_jobs_record ON training_jobs (record_id);
CREATE INDEX training_jobs_retrain_of ON training_jobs (retrain_of);

-- The last progress of a job (at most one write a second), replaced on each write.
CREATE TABLE training_progress (
    job_id                  INTEGER PRIMARY KEY REFERENCES training_jobs (id) ON DELETE CASCADE,
    percentage              REAL    NOT NULL DEFAULT 0,     -- 0..100 overall
    current_step            TEXT    NOT NULL DEFAULT '',    -- Data, Train, Validate, Save
    step_number             INTEGER NOT NULL DEFAULT 0,     -- 1-based
    total_steps             INTEGER NOT NULL DEFAULT 4,
    step_percentage         REAL    NOT NULL DEFAULT 0,     -- 0..100 within the step
    step_details            TEXT    NOT NULL DEFAULT '',
    started_at              TEXT,
    updated_at              TEXT    NOT NULL,
    estimated_completion    TEXT,                           -- NULL while estimating
    current_iteration       INTEGER NOT NULL DEFAULT 0,
    total_iterations        INTEGER NOT NULL DEFAULT 0,
    best_score              REAL,
    current_score           REAL,
    best_params             TEXT    NOT NULL DEFAULT '{}',  -- JSON object
    is_complete             INTEGER NOT NULL DEFAULT 0 CHECK (is_complete IN (0, 1)),
    error_message           TEXT
);

-- Commands for the queue (pause, resume, stop, force-stop), taken oldest first, each once.
CREATE TABLE queue_control (
    id              INTEGER PRIMARY KEY,
    command         TEXT    NOT NULL CHECK (command <> ''),
    requested_at    TEXT    NOT NULL
);
