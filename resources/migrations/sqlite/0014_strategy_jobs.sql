-- Version 14: strategy training runs as a queue job (Strategy Studio, issue #20). `strategy`
-- holds what to train ({"spec": the StrategyTrainSpec, "save_as": a configuration name}; '{}'
-- for model training and search jobs); `strategy_result` what a finished one found (best
-- parameters and objective, train scores, trials, walk-forward folds and summary, the saved
-- configuration's id), so the result outlives the process that ran the job.
ALTER TABLE training_jobs ADD COLUMN strategy TEXT NOT NULL DEFAULT '{}';
ALTER TABLE training_jobs ADD COLUMN strategy_result TEXT NOT NULL DEFAULT '{}';
