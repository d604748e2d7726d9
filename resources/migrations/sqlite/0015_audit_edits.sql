-- Version 15: the audit log also records edits that change no training data but change what
-- users see and rely on: a registry model renamed ('rename'), its description or tags edited
-- ('edit'), and a queue job retried ('retry') or removed from the queue ('remove'). SQLite
-- cannot alter a CHECK constraint, so the table is rebuilt with the wider one; ids, rows and
-- indexes are kept.
CREATE TABLE audit_log_new (
    id       INTEGER PRIMARY KEY,
    at       TEXT    NOT NULL,
    action   TEXT    NOT NULL CHECK (action IN ('train', 'save', 'clear', 'delete', 'activate',
                                                'rollback', 'import', 'export', 'settings',
                                                'rename', 'edit', 'retry', 'remove')),
    subject  TEXT    NOT NULL DEFAULT '',
    details  TEXT    NOT NULL DEFAULT '{}',
    source   TEXT    NOT NULL CHECK (source IN ('gui', 'cli'))
);
INSERT INTO audit_log_new (id, at, action, subject, details, source)
    SELECT id, at, action, subject, details, source FROM audit_log;
DROP TABLE audit_log;
ALTER TABLE audit_log_new RENAME TO audit_log;
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_action_at ON audit_log (action, at);
