-- Version 10: the audit log. One row per user action (training queued, a model saved, records
-- cleared, a model deleted, activated or rolled back, an import or export, settings changed),
-- written by the service that did it, in the action's own transaction where it has one, so a
-- failed action leaves no row. Rows are never updated.
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT    NOT NULL,            -- ISO-8601 UTC with milliseconds
    action   TEXT    NOT NULL CHECK (action IN ('train', 'save', 'clear', 'delete', 'activate',
                                                'rollback', 'import', 'export', 'settings')),
    subject  TEXT    NOT NULL DEFAULT '', -- model name, "SYMBOL TIMEFRAME", record ids …
    details  TEXT    NOT NULL DEFAULT '{}', -- a JSON object
    source   TEXT    NOT NULL CHECK (source IN ('gui', 'cli'))
);
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action_at ON audit_log (action, at);
