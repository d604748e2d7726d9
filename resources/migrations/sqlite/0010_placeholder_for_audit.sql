-- PLACEHOLDER, NOT A REAL MIGRATION: version 10 belongs to the audit branch (0010_audit_log.sql).
-- The migrator needs scripts numbered without gaps, so this branch (A/B tests, 0011) carries an
-- empty version 10 to open workspaces on its own. Drop this file and its line in
-- core/CMakeLists.txt when merging after the audit branch.
SELECT 1;
