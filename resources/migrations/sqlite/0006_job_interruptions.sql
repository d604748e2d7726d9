-- Version 6: jobs left running by a process that died are queued again at the next start;
-- this counts how often that happened in a row, so a job that kills its process every time
-- (a poison job) fails after a few tries instead of looping. A user's retry resets it.
ALTER TABLE training_jobs ADD COLUMN interruptions INTEGER NOT NULL DEFAULT 0
    CHECK (interruptions >= 0);
