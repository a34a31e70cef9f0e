-- What has changed in each investigation's chronology, entry by entry, so a listing kept in memory
-- (server/services/chronologyListing.ts) can be brought up to date by rebuilding only the entries named here.
-- Entries edited or removed, people or sources taken off an entry (a person or source deleted), and links made,
-- changed or removed are logged by the triggers below, whatever wrote them. New entries are not logged: they are
-- found by rowid, and the listing's count is checked against the table's, because a trigger on every inserted row
-- would double the cost of an agency import. People and sources are only ever added to an entry together with
-- inserting or editing the entry itself, which is logged.
CREATE TABLE `chronology_changes` (
	`seq` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`investigation_id` text NOT NULL,
	`event_id` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `chronology_changes_investigation_idx` ON `chronology_changes` (`investigation_id`, `seq`);
--> statement-breakpoint
CREATE TRIGGER `events_logged_on_update` AFTER UPDATE ON `events` BEGIN
	INSERT INTO `chronology_changes` (`investigation_id`, `event_id`) VALUES (new.`investigation_id`, new.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `events_logged_on_delete` AFTER DELETE ON `events` BEGIN
	INSERT INTO `chronology_changes` (`investigation_id`, `event_id`) VALUES (old.`investigation_id`, old.`id`);
END;
--> statement-breakpoint
CREATE TRIGGER `event_people_logged_on_delete` AFTER DELETE ON `event_people` BEGIN
	INSERT INTO `chronology_changes` (`investigation_id`, `event_id`) SELECT `investigation_id`, `id` FROM `events` WHERE `id` = old.`event_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_sources_logged_on_delete` AFTER DELETE ON `event_sources` BEGIN
	INSERT INTO `chronology_changes` (`investigation_id`, `event_id`) SELECT `investigation_id`, `id` FROM `events` WHERE `id` = old.`event_id`;
END;
--> statement-breakpoint
CREATE TRIGGER `event_links_logged_on_insert` AFTER INSERT ON `event_links` BEGIN
	INSERT INTO `chronology_changes` (`investigation_id`, `event_id`) VALUES (new.`investigation_id`, new.`event_a_id`), (new.`investigation_id`, new.`event_b_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `event_links_logged_on_update` AFTER UPDATE ON `event_links` BEGIN
	INSERT INTO `chronology_changes` (`investigation_id`, `event_id`) VALUES (old.`investigation_id`, old.`event_a_id`), (old.`investigation_id`, old.`event_b_id`),
		(new.`investigation_id`, new.`event_a_id`), (new.`investigation_id`, new.`event_b_id`);
END;
--> statement-breakpoint
CREATE TRIGGER `event_links_logged_on_delete` AFTER DELETE ON `event_links` BEGIN
	INSERT INTO `chronology_changes` (`investigation_id`, `event_id`) VALUES (old.`investigation_id`, old.`event_a_id`), (old.`investigation_id`, old.`event_b_id`);
END;
--> statement-breakpoint
-- The log keeps its last 20,000 changes; a listing that has fallen further behind is rebuilt whole.
CREATE TRIGGER `chronology_changes_pruned` AFTER INSERT ON `chronology_changes` WHEN new.`seq` % 1000 = 0 BEGIN
	DELETE FROM `chronology_changes` WHERE `seq` <= new.`seq` - 20000;
END;
