CREATE INDEX `event_links_b_idx` ON `event_links` (`event_b_id`);--> statement-breakpoint
CREATE INDEX `event_links_investigation_idx` ON `event_links` (`investigation_id`);