DROP INDEX `events_agency_idx`;--> statement-breakpoint
DROP INDEX `events_import_key_unique`;