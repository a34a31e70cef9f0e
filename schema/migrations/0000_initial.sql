CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`user_id` text,
	`investigation_id` text,
	`entity` text NOT NULL,
	`entity_id` text NOT NULL,
	`action` text NOT NULL,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_investigation_idx` ON `audit_log` (`investigation_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`user_id` text NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` text NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` text PRIMARY KEY NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`is_admin` integer DEFAULT false NOT NULL,
	`disabled` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `agencies` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_name_unique` ON `agencies` (`investigation_id`,`name`);--> statement-breakpoint
CREATE TABLE `investigations` (
	`id` text PRIMARY KEY NOT NULL,
	`reference` text NOT NULL,
	`title` text NOT NULL,
	`status` text DEFAULT 'scoping' NOT NULL,
	`incident_date` text,
	`terms_of_reference` text NOT NULL,
	`scope_start` text,
	`scope_end` text,
	`methodology` text DEFAULT '' NOT NULL,
	`commissioning_body` text DEFAULT '' NOT NULL,
	`parallel_processes` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`outcome` text DEFAULT '' NOT NULL,
	`publishing_area` text DEFAULT 'Anonymous' NOT NULL,
	`is_demo` integer DEFAULT false NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `investigations_reference_unique` ON `investigations` (`reference`);--> statement-breakpoint
CREATE TABLE `memberships` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`user_id` text NOT NULL,
	`role` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `memberships_unique` ON `memberships` (`investigation_id`,`user_id`);--> statement-breakpoint
CREATE INDEX `memberships_user_idx` ON `memberships` (`user_id`);--> statement-breakpoint
CREATE TABLE `people` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`kind` text NOT NULL,
	`real_name` text NOT NULL,
	`aliases` text NOT NULL,
	`date_of_birth` text,
	`identifiers` text NOT NULL,
	`relationship` text DEFAULT '' NOT NULL,
	`agency_id` text,
	`job_title` text DEFAULT '' NOT NULL,
	`pseudonym` text NOT NULL,
	`role_code` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_pseudonym_unique` ON `people` (`investigation_id`,`pseudonym`);--> statement-breakpoint
CREATE UNIQUE INDEX `people_role_code_unique` ON `people` (`investigation_id`,`role_code`);--> statement-breakpoint
CREATE TABLE `places` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`kind` text NOT NULL,
	`real_name` text NOT NULL,
	`replacement` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `episodes` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`period_start` text,
	`period_end` text,
	`known_at_time` text DEFAULT '' NOT NULL,
	`local_rationality` text DEFAULT '' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `event_links` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`event_a_id` text NOT NULL,
	`event_b_id` text NOT NULL,
	`kind` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_a_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_b_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `event_links_unique` ON `event_links` (`event_a_id`,`event_b_id`,`kind`);--> statement-breakpoint
CREATE TABLE `event_people` (
	`event_id` text NOT NULL,
	`person_id` text NOT NULL,
	`role` text NOT NULL,
	PRIMARY KEY(`event_id`, `person_id`, `role`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_people_person_idx` ON `event_people` (`person_id`);--> statement-breakpoint
CREATE TABLE `event_sources` (
	`event_id` text NOT NULL,
	`source_id` text NOT NULL,
	PRIMARY KEY(`event_id`, `source_id`),
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_sources_source_idx` ON `event_sources` (`source_id`);--> statement-breakpoint
CREATE TABLE `events` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`occurred` text NOT NULL,
	`sort_start` integer NOT NULL,
	`sort_end` integer NOT NULL,
	`precision` text NOT NULL,
	`sequence` integer DEFAULT 0 NOT NULL,
	`kind` text NOT NULL,
	`agency_id` text,
	`description` text NOT NULL,
	`known_at_time` text DEFAULT '' NOT NULL,
	`child_seen` integer,
	`child_words` text DEFAULT '' NOT NULL,
	`shared_with` text DEFAULT '' NOT NULL,
	`confidence` text DEFAULT 'fact' NOT NULL,
	`episode_id` text,
	`import_batch_id` text,
	`import_key` text,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`episode_id`) REFERENCES `episodes`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`import_batch_id`) REFERENCES `import_batches`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `events_order_idx` ON `events` (`investigation_id`,`sort_start`,`sequence`);--> statement-breakpoint
CREATE INDEX `events_agency_idx` ON `events` (`investigation_id`,`agency_id`);--> statement-breakpoint
CREATE INDEX `events_episode_idx` ON `events` (`episode_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `events_import_key_unique` ON `events` (`investigation_id`,`import_key`);--> statement-breakpoint
CREATE TABLE `import_batches` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`agency_id` text NOT NULL,
	`file_name` text DEFAULT '' NOT NULL,
	`file_hash` text NOT NULL,
	`row_count` integer NOT NULL,
	`imported_by` text,
	`imported_at` text NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`imported_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `sources` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`title` text NOT NULL,
	`agency_id` text,
	`kind` text NOT NULL,
	`reference` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `check_acknowledgements` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`rule_id` text NOT NULL,
	`target_key` text NOT NULL,
	`reason` text NOT NULL,
	`user_id` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `check_ack_unique` ON `check_acknowledgements` (`investigation_id`,`rule_id`,`target_key`);--> statement-breakpoint
CREATE TABLE `factor_evidence` (
	`id` text PRIMARY KEY NOT NULL,
	`factor_id` text NOT NULL,
	`event_id` text,
	`source_id` text,
	FOREIGN KEY (`factor_id`) REFERENCES `factors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`source_id`) REFERENCES `sources`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `factor_evidence_factor_idx` ON `factor_evidence` (`factor_id`);--> statement-breakpoint
CREATE INDEX `factor_evidence_event_idx` ON `factor_evidence` (`event_id`);--> statement-breakpoint
CREATE TABLE `factor_links` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`from_factor_id` text NOT NULL,
	`to_kind` text NOT NULL,
	`to_factor_id` text,
	`to_event_id` text,
	`rationale` text DEFAULT '' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`from_factor_id`) REFERENCES `factors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_factor_id`) REFERENCES `factors`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`to_event_id`) REFERENCES `events`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `factor_links_investigation_idx` ON `factor_links` (`investigation_id`);--> statement-breakpoint
CREATE INDEX `factor_links_from_idx` ON `factor_links` (`from_factor_id`);--> statement-breakpoint
CREATE TABLE `factors` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`level` text NOT NULL,
	`category` text NOT NULL,
	`statement` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`influence` text DEFAULT 'hindered' NOT NULL,
	`confidence` text DEFAULT 'likely' NOT NULL,
	`context_tags` text NOT NULL,
	`review_status` text DEFAULT 'proposed' NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `factors_investigation_idx` ON `factors` (`investigation_id`,`level`);--> statement-breakpoint
CREATE TABLE `finding_factors` (
	`finding_id` text NOT NULL,
	`factor_id` text NOT NULL,
	PRIMARY KEY(`finding_id`, `factor_id`),
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`factor_id`) REFERENCES `factors`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `findings` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`type` text NOT NULL,
	`statement` text NOT NULL,
	`in_this_case` text DEFAULT '' NOT NULL,
	`not_unique` text DEFAULT '' NOT NULL,
	`why_it_matters` text DEFAULT '' NOT NULL,
	`confidence` text DEFAULT 'likely' NOT NULL,
	`board_questions` text NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`is_final` integer DEFAULT false NOT NULL,
	`review_status` text DEFAULT 'proposed' NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `recommendation_counters` (
	`year` integer PRIMARY KEY NOT NULL,
	`last_number` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `recommendation_findings` (
	`recommendation_id` text NOT NULL,
	`finding_id` text NOT NULL,
	PRIMARY KEY(`recommendation_id`, `finding_id`),
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`finding_id`) REFERENCES `findings`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `recommendation_responses` (
	`id` text PRIMARY KEY NOT NULL,
	`recommendation_id` text NOT NULL,
	`received_on` text NOT NULL,
	`organisation` text NOT NULL,
	`text` text NOT NULL,
	`assessment` text NOT NULL,
	`created_by` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`recommendation_id`) REFERENCES `recommendations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `recommendations` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`identifier` text,
	`addressee_agency_id` text,
	`addressee_name` text NOT NULL,
	`text` text NOT NULL,
	`intended_outcome` text DEFAULT '' NOT NULL,
	`measure` text DEFAULT '' NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`assessment` text DEFAULT 'awaiting_response' NOT NULL,
	`issued_at` text,
	`response_due_at` text,
	`status_reason` text DEFAULT '' NOT NULL,
	`superseded_by_id` text,
	`position` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`addressee_agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `recommendations_identifier_unique` ON `recommendations` (`identifier`);--> statement-breakpoint
CREATE INDEX `recommendations_investigation_idx` ON `recommendations` (`investigation_id`);--> statement-breakpoint
CREATE TABLE `safety_actions` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`agency_id` text,
	`taken_on` text NOT NULL,
	`description` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE TABLE `comments` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text NOT NULL,
	`parent_id` text,
	`body` text NOT NULL,
	`author_id` text,
	`author_role` text NOT NULL,
	`resolved` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_target_idx` ON `comments` (`investigation_id`,`target_kind`,`target_id`);--> statement-breakpoint
CREATE TABLE `publications` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`slug` text NOT NULL,
	`publication_version` integer NOT NULL,
	`title` text NOT NULL,
	`year` integer NOT NULL,
	`date_style` text NOT NULL,
	`content` text NOT NULL,
	`pdf` blob NOT NULL,
	`sha256` text NOT NULL,
	`sign_off` text NOT NULL,
	`published_by` text,
	`published_at` text NOT NULL,
	`withdrawn_at` text,
	`withdrawn_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`published_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `publications_slug_version_unique` ON `publications` (`slug`,`publication_version`);--> statement-breakpoint
CREATE TABLE `reports` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`snapshot_id` text,
	`template` text NOT NULL,
	`edition` text NOT NULL,
	`stage` text NOT NULL,
	`sha256` text NOT NULL,
	`generated_by` text,
	`generated_at` text NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`snapshot_id`) REFERENCES `snapshots`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`generated_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `review_decisions` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`target_kind` text NOT NULL,
	`target_id` text NOT NULL,
	`status` text NOT NULL,
	`reason` text NOT NULL,
	`author_id` text,
	`author_role` text NOT NULL,
	`agreed_for_publication` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `review_decisions_target_idx` ON `review_decisions` (`investigation_id`,`target_kind`,`target_id`);--> statement-breakpoint
CREATE TABLE `snapshots` (
	`id` text PRIMARY KEY NOT NULL,
	`investigation_id` text NOT NULL,
	`label` text NOT NULL,
	`taken_at` text NOT NULL,
	`taken_by` text,
	`content` text NOT NULL,
	`sha256` text NOT NULL,
	`signed_off_at` text,
	`signed_off_by` text,
	`sign_off_note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`investigation_id`) REFERENCES `investigations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`taken_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`signed_off_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
