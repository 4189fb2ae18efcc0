import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`secrecy_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`disclosures\` ADD \`secrecy_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`disclosures_secrecy_review_secrecy_review_submitted_by_idx\` ON \`disclosures\` (\`secrecy_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_secrecy_review_secrecy_review_submitted_at_idx\` ON \`disclosures\` (\`secrecy_review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_secrecy_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_disclosures_v\` ADD \`version_secrecy_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_secrecy_review_version_secrecy__2_idx\` ON \`_disclosures_v\` (\`version_secrecy_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_secrecy_review_version_secrecy__3_idx\` ON \`_disclosures_v\` (\`version_secrecy_review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`secrecy_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`interpretations\` ADD \`secrecy_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`interpretations_secrecy_review_secrecy_review_submitted__idx\` ON \`interpretations\` (\`secrecy_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_secrecy_review_secrecy_review_submitte_1_idx\` ON \`interpretations\` (\`secrecy_review_submitted_at\`);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_secrecy_review_submitted_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_interpretations_v\` ADD \`version_secrecy_review_submitted_at\` text;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_secrecy_review_version_secr_2_idx\` ON \`_interpretations_v\` (\`version_secrecy_review_submitted_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_secrecy_review_version_secr_3_idx\` ON \`_interpretations_v\` (\`version_secrecy_review_submitted_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_disclosures\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`short_title\` text,
  	\`index_number\` text,
  	\`document_number\` text,
  	\`department_id\` integer,
  	\`written_at\` text,
  	\`publish_by\` text,
  	\`publish_by_provisional\` integer,
  	\`published_late\` integer,
  	\`topic\` text,
  	\`genre\` text,
  	\`document_kind\` text DEFAULT 'other',
  	\`summary\` text,
  	\`validity_status\` text DEFAULT 'valid',
  	\`validity_effective_from\` text,
  	\`validity_effective_until\` text,
  	\`validity_replaced_by_id\` integer,
  	\`body\` text,
  	\`cover_id\` integer,
  	\`requires_interpretation\` integer,
  	\`disclosure_attribute\` text,
  	\`disclosure_reason\` text,
  	\`disclosure_decided_by_id\` integer,
  	\`disclosure_decided_at\` text,
  	\`secrecy_review_status\` text DEFAULT 'pending',
  	\`secrecy_review_reviewer_id\` integer,
  	\`secrecy_review_reviewed_at\` text,
  	\`secrecy_review_opinion\` text,
  	\`secrecy_review_content_hash\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`validity_replaced_by_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclosure_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`secrecy_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_disclosures\`("id", "title", "short_title", "index_number", "document_number", "department_id", "written_at", "publish_by", "publish_by_provisional", "published_late", "topic", "genre", "document_kind", "summary", "validity_status", "validity_effective_from", "validity_effective_until", "validity_replaced_by_id", "body", "cover_id", "requires_interpretation", "disclosure_attribute", "disclosure_reason", "disclosure_decided_by_id", "disclosure_decided_at", "secrecy_review_status", "secrecy_review_reviewer_id", "secrecy_review_reviewed_at", "secrecy_review_opinion", "secrecy_review_content_hash", "created_by_id", "updated_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "short_title", "index_number", "document_number", "department_id", "written_at", "publish_by", "publish_by_provisional", "published_late", "topic", "genre", "document_kind", "summary", "validity_status", "validity_effective_from", "validity_effective_until", "validity_replaced_by_id", "body", "cover_id", "requires_interpretation", "disclosure_attribute", "disclosure_reason", "disclosure_decided_by_id", "disclosure_decided_at", "secrecy_review_status", "secrecy_review_reviewer_id", "secrecy_review_reviewed_at", "secrecy_review_opinion", "secrecy_review_content_hash", "created_by_id", "updated_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`disclosures\`;`)
  await db.run(sql`DROP TABLE \`disclosures\`;`)
  await db.run(sql`ALTER TABLE \`__new_disclosures\` RENAME TO \`disclosures\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`disclosures_index_number_idx\` ON \`disclosures\` (\`index_number\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_document_number_idx\` ON \`disclosures\` (\`document_number\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_department_idx\` ON \`disclosures\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_written_at_idx\` ON \`disclosures\` (\`written_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_published_late_idx\` ON \`disclosures\` (\`published_late\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_topic_idx\` ON \`disclosures\` (\`topic\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_genre_idx\` ON \`disclosures\` (\`genre\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_document_kind_idx\` ON \`disclosures\` (\`document_kind\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_validity_validity_status_idx\` ON \`disclosures\` (\`validity_status\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_validity_validity_replaced_by_idx\` ON \`disclosures\` (\`validity_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_cover_idx\` ON \`disclosures\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_disclosure_disclosure_attribute_idx\` ON \`disclosures\` (\`disclosure_attribute\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_disclosure_disclosure_decided_by_idx\` ON \`disclosures\` (\`disclosure_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_secrecy_review_secrecy_review_status_idx\` ON \`disclosures\` (\`secrecy_review_status\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_secrecy_review_secrecy_review_reviewer_idx\` ON \`disclosures\` (\`secrecy_review_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_created_by_idx\` ON \`disclosures\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_updated_by_idx\` ON \`disclosures\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_published_at_idx\` ON \`disclosures\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_updated_at_idx\` ON \`disclosures\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_created_at_idx\` ON \`disclosures\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`disclosures__status_idx\` ON \`disclosures\` (\`_status\`);`)
  await db.run(sql`CREATE INDEX \`department_writtenAt_idx\` ON \`disclosures\` (\`department_id\`,\`written_at\`);`)
  await db.run(sql`CREATE TABLE \`__new__disclosures_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_short_title\` text,
  	\`version_index_number\` text,
  	\`version_document_number\` text,
  	\`version_department_id\` integer,
  	\`version_written_at\` text,
  	\`version_publish_by\` text,
  	\`version_publish_by_provisional\` integer,
  	\`version_published_late\` integer,
  	\`version_topic\` text,
  	\`version_genre\` text,
  	\`version_document_kind\` text DEFAULT 'other',
  	\`version_summary\` text,
  	\`version_validity_status\` text DEFAULT 'valid',
  	\`version_validity_effective_from\` text,
  	\`version_validity_effective_until\` text,
  	\`version_validity_replaced_by_id\` integer,
  	\`version_body\` text,
  	\`version_cover_id\` integer,
  	\`version_requires_interpretation\` integer,
  	\`version_disclosure_attribute\` text,
  	\`version_disclosure_reason\` text,
  	\`version_disclosure_decided_by_id\` integer,
  	\`version_disclosure_decided_at\` text,
  	\`version_secrecy_review_status\` text DEFAULT 'pending',
  	\`version_secrecy_review_reviewer_id\` integer,
  	\`version_secrecy_review_reviewed_at\` text,
  	\`version_secrecy_review_opinion\` text,
  	\`version_secrecy_review_content_hash\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_validity_replaced_by_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_disclosure_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_secrecy_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__disclosures_v\`("id", "parent_id", "version_title", "version_short_title", "version_index_number", "version_document_number", "version_department_id", "version_written_at", "version_publish_by", "version_publish_by_provisional", "version_published_late", "version_topic", "version_genre", "version_document_kind", "version_summary", "version_validity_status", "version_validity_effective_from", "version_validity_effective_until", "version_validity_replaced_by_id", "version_body", "version_cover_id", "version_requires_interpretation", "version_disclosure_attribute", "version_disclosure_reason", "version_disclosure_decided_by_id", "version_disclosure_decided_at", "version_secrecy_review_status", "version_secrecy_review_reviewer_id", "version_secrecy_review_reviewed_at", "version_secrecy_review_opinion", "version_secrecy_review_content_hash", "version_created_by_id", "version_updated_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_short_title", "version_index_number", "version_document_number", "version_department_id", "version_written_at", "version_publish_by", "version_publish_by_provisional", "version_published_late", "version_topic", "version_genre", "version_document_kind", "version_summary", "version_validity_status", "version_validity_effective_from", "version_validity_effective_until", "version_validity_replaced_by_id", "version_body", "version_cover_id", "version_requires_interpretation", "version_disclosure_attribute", "version_disclosure_reason", "version_disclosure_decided_by_id", "version_disclosure_decided_at", "version_secrecy_review_status", "version_secrecy_review_reviewer_id", "version_secrecy_review_reviewed_at", "version_secrecy_review_opinion", "version_secrecy_review_content_hash", "version_created_by_id", "version_updated_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__disclosures_v\` RENAME TO \`_disclosures_v\`;`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_parent_idx\` ON \`_disclosures_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_index_number_idx\` ON \`_disclosures_v\` (\`version_index_number\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_document_number_idx\` ON \`_disclosures_v\` (\`version_document_number\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_department_idx\` ON \`_disclosures_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_written_at_idx\` ON \`_disclosures_v\` (\`version_written_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_published_late_idx\` ON \`_disclosures_v\` (\`version_published_late\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_topic_idx\` ON \`_disclosures_v\` (\`version_topic\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_genre_idx\` ON \`_disclosures_v\` (\`version_genre\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_document_kind_idx\` ON \`_disclosures_v\` (\`version_document_kind\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_validity_version_validity_status_idx\` ON \`_disclosures_v\` (\`version_validity_status\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_validity_version_validity_replace_idx\` ON \`_disclosures_v\` (\`version_validity_replaced_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_cover_idx\` ON \`_disclosures_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_disclosure_version_disclosure_att_idx\` ON \`_disclosures_v\` (\`version_disclosure_attribute\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_disclosure_version_disclosure_dec_idx\` ON \`_disclosures_v\` (\`version_disclosure_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_secrecy_review_version_secrecy_re_idx\` ON \`_disclosures_v\` (\`version_secrecy_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_secrecy_review_version_secrecy__1_idx\` ON \`_disclosures_v\` (\`version_secrecy_review_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_created_by_idx\` ON \`_disclosures_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_updated_by_idx\` ON \`_disclosures_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_published_at_idx\` ON \`_disclosures_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_updated_at_idx\` ON \`_disclosures_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version_created_at_idx\` ON \`_disclosures_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_version__status_idx\` ON \`_disclosures_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_created_at_idx\` ON \`_disclosures_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_updated_at_idx\` ON \`_disclosures_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_latest_idx\` ON \`_disclosures_v\` (\`latest\`);`)
  await db.run(sql`CREATE INDEX \`version_department_version_writtenAt_idx\` ON \`_disclosures_v\` (\`version_department_id\`,\`version_written_at\`);`)
  await db.run(sql`CREATE TABLE \`__new_interpretations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text,
  	\`short_title\` text,
  	\`form\` text DEFAULT 'text',
  	\`interpreter\` text,
  	\`department_id\` integer,
  	\`body\` text,
  	\`cover_id\` integer,
  	\`disclosure_attribute\` text,
  	\`disclosure_reason\` text,
  	\`disclosure_decided_by_id\` integer,
  	\`disclosure_decided_at\` text,
  	\`secrecy_review_status\` text DEFAULT 'pending',
  	\`secrecy_review_reviewer_id\` integer,
  	\`secrecy_review_reviewed_at\` text,
  	\`secrecy_review_opinion\` text,
  	\`secrecy_review_content_hash\` text,
  	\`created_by_id\` integer,
  	\`updated_by_id\` integer,
  	\`published_at\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft',
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`disclosure_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`secrecy_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_interpretations\`("id", "title", "short_title", "form", "interpreter", "department_id", "body", "cover_id", "disclosure_attribute", "disclosure_reason", "disclosure_decided_by_id", "disclosure_decided_at", "secrecy_review_status", "secrecy_review_reviewer_id", "secrecy_review_reviewed_at", "secrecy_review_opinion", "secrecy_review_content_hash", "created_by_id", "updated_by_id", "published_at", "updated_at", "created_at", "_status") SELECT "id", "title", "short_title", "form", "interpreter", "department_id", "body", "cover_id", "disclosure_attribute", "disclosure_reason", "disclosure_decided_by_id", "disclosure_decided_at", "secrecy_review_status", "secrecy_review_reviewer_id", "secrecy_review_reviewed_at", "secrecy_review_opinion", "secrecy_review_content_hash", "created_by_id", "updated_by_id", "published_at", "updated_at", "created_at", "_status" FROM \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`ALTER TABLE \`__new_interpretations\` RENAME TO \`interpretations\`;`)
  await db.run(sql`CREATE INDEX \`interpretations_form_idx\` ON \`interpretations\` (\`form\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_department_idx\` ON \`interpretations\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_cover_idx\` ON \`interpretations\` (\`cover_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_disclosure_disclosure_attribute_idx\` ON \`interpretations\` (\`disclosure_attribute\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_disclosure_disclosure_decided_by_idx\` ON \`interpretations\` (\`disclosure_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_secrecy_review_secrecy_review_status_idx\` ON \`interpretations\` (\`secrecy_review_status\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_secrecy_review_secrecy_review_reviewer_idx\` ON \`interpretations\` (\`secrecy_review_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_by_idx\` ON \`interpretations\` (\`created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_by_idx\` ON \`interpretations\` (\`updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_published_at_idx\` ON \`interpretations\` (\`published_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_updated_at_idx\` ON \`interpretations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_created_at_idx\` ON \`interpretations\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`interpretations__status_idx\` ON \`interpretations\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__interpretations_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_title\` text,
  	\`version_short_title\` text,
  	\`version_form\` text DEFAULT 'text',
  	\`version_interpreter\` text,
  	\`version_department_id\` integer,
  	\`version_body\` text,
  	\`version_cover_id\` integer,
  	\`version_disclosure_attribute\` text,
  	\`version_disclosure_reason\` text,
  	\`version_disclosure_decided_by_id\` integer,
  	\`version_disclosure_decided_at\` text,
  	\`version_secrecy_review_status\` text DEFAULT 'pending',
  	\`version_secrecy_review_reviewer_id\` integer,
  	\`version_secrecy_review_reviewed_at\` text,
  	\`version_secrecy_review_opinion\` text,
  	\`version_secrecy_review_content_hash\` text,
  	\`version_created_by_id\` integer,
  	\`version_updated_by_id\` integer,
  	\`version_published_at\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_cover_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_disclosure_decided_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_secrecy_review_reviewer_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_created_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`version_updated_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__interpretations_v\`("id", "parent_id", "version_title", "version_short_title", "version_form", "version_interpreter", "version_department_id", "version_body", "version_cover_id", "version_disclosure_attribute", "version_disclosure_reason", "version_disclosure_decided_by_id", "version_disclosure_decided_at", "version_secrecy_review_status", "version_secrecy_review_reviewer_id", "version_secrecy_review_reviewed_at", "version_secrecy_review_opinion", "version_secrecy_review_content_hash", "version_created_by_id", "version_updated_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest") SELECT "id", "parent_id", "version_title", "version_short_title", "version_form", "version_interpreter", "version_department_id", "version_body", "version_cover_id", "version_disclosure_attribute", "version_disclosure_reason", "version_disclosure_decided_by_id", "version_disclosure_decided_at", "version_secrecy_review_status", "version_secrecy_review_reviewer_id", "version_secrecy_review_reviewed_at", "version_secrecy_review_opinion", "version_secrecy_review_content_hash", "version_created_by_id", "version_updated_by_id", "version_published_at", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "latest" FROM \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__interpretations_v\` RENAME TO \`_interpretations_v\`;`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_parent_idx\` ON \`_interpretations_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_form_idx\` ON \`_interpretations_v\` (\`version_form\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_department_idx\` ON \`_interpretations_v\` (\`version_department_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_cover_idx\` ON \`_interpretations_v\` (\`version_cover_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_disclosure_version_disclosure_idx\` ON \`_interpretations_v\` (\`version_disclosure_attribute\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_disclosure_version_disclosu_1_idx\` ON \`_interpretations_v\` (\`version_disclosure_decided_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_secrecy_review_version_secrec_idx\` ON \`_interpretations_v\` (\`version_secrecy_review_status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_secrecy_review_version_secr_1_idx\` ON \`_interpretations_v\` (\`version_secrecy_review_reviewer_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_by_idx\` ON \`_interpretations_v\` (\`version_created_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_by_idx\` ON \`_interpretations_v\` (\`version_updated_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_published_at_idx\` ON \`_interpretations_v\` (\`version_published_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_updated_at_idx\` ON \`_interpretations_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version_created_at_idx\` ON \`_interpretations_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_version__status_idx\` ON \`_interpretations_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_created_at_idx\` ON \`_interpretations_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_updated_at_idx\` ON \`_interpretations_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_latest_idx\` ON \`_interpretations_v\` (\`latest\`);`)
}
