-- Version 7: hyperparameter search. A job with a search spec ('{}' for an ordinary training job)
-- tries several configurations (trials), validates the best one and saves it as the job's model.
ALTER TABLE training_jobs ADD COLUMN search TEXT NOT NULL DEFAULT '{}';

-- Each finished trial of a search job, so a stopped or crashed search resumes from them and the
-- optimizer view can show them after the job has ended. Scores are losses (lower is better).
CREATE TABLE search_trials (
    id                  INTEGER PRIMARY KEY,
    job_id              INTEGER NOT NULL REFERENCES training_jobs (id) ON DELETE CASCADE,
    trial_number        INTEGER NOT NULL CHECK (trial_number >= 1),
    params              TEXT    NOT NULL DEFAULT '{}',  -- the sampled point (JSON object)
    score               REAL,                           -- NULL for a failed trial
    status              TEXT    NOT NULL CHECK (status IN ('complete', 'pruned', 'failed')),
    duration_seconds    REAL    NOT NULL DEFAULT 0 CHECK (duration_seconds >= 0),
    -- Validation loss per epoch (JSON array): the median pruning rule compares with these.
    curve               TEXT    NOT NULL DEFAULT '[]',
    details             TEXT    NOT NULL DEFAULT '',    -- metrics as JSON, or the failure
    created_at          TEXT    NOT NULL,
    UNIQUE (job_id, trial_number)
);
