-- PLACEHOLDER, NOT FOR MAIN: migration 0011 belongs to another branch of issue #18. The migrator
-- needs consecutive numbers, so this empty step lets the retrain branch (0012) build and test
-- on its own. Drop this file when merging; the other branch brings the real 0011.
SELECT 1;
