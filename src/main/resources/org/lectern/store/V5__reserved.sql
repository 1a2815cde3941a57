-- Stands in for the migration numbered 5 of another line of work (author names), so that this one,
-- numbered 6, follows an unbroken chain. It changes nothing.
PRAGMA user_version = 5;
