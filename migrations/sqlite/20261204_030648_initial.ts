import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`users_roles\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_roles_order_idx\` ON \`users_roles\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_roles_parent_idx\` ON \`users_roles\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users_sessions\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`created_at\` text,
  	\`expires_at\` text NOT NULL,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_sessions_order_idx\` ON \`users_sessions\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`users_sessions_parent_id_idx\` ON \`users_sessions\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`users\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`active\` integer DEFAULT true,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`email\` text NOT NULL,
  	\`reset_password_token\` text,
  	\`reset_password_expiration\` text,
  	\`salt\` text,
  	\`hash\` text
  );
  `)
  await db.run(sql`CREATE INDEX \`users_updated_at_idx\` ON \`users\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`users_created_at_idx\` ON \`users\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`users_email_idx\` ON \`users\` (\`email\`);`)
  await db.run(sql`CREATE TABLE \`users_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`users_rels_order_idx\` ON \`users_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_parent_idx\` ON \`users_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_path_idx\` ON \`users_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`users_rels_departments_id_idx\` ON \`users_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`departments\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text NOT NULL,
  	\`short_name\` text,
  	\`code\` text NOT NULL,
  	\`level\` text DEFAULT 'department' NOT NULL,
  	\`parent_id\` integer,
  	\`serial_locked_at\` text,
  	\`guide_office\` text,
  	\`guide_address\` text,
  	\`guide_hours\` text,
  	\`guide_phone\` text,
  	\`guide_fax\` text,
  	\`guide_email\` text,
  	\`guide_website\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`departments_code_idx\` ON \`departments\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`departments_parent_idx\` ON \`departments\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`departments_updated_at_idx\` ON \`departments\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`departments_created_at_idx\` ON \`departments\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`catalogue_entries_breadcrumbs\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`doc_id\` integer,
  	\`url\` text,
  	\`label\` text,
  	FOREIGN KEY (\`doc_id\`) REFERENCES \`catalogue_entries\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`catalogue_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalogue_entries_breadcrumbs_order_idx\` ON \`catalogue_entries_breadcrumbs\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_breadcrumbs_parent_id_idx\` ON \`catalogue_entries_breadcrumbs\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_breadcrumbs_doc_idx\` ON \`catalogue_entries_breadcrumbs\` (\`doc_id\`);`)
  await db.run(sql`CREATE TABLE \`catalogue_entries\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`title\` text NOT NULL,
  	\`code\` text NOT NULL,
  	\`description\` text,
  	\`department_id\` integer,
  	\`time_limit\` text,
  	\`order\` numeric DEFAULT 0,
  	\`parent_id\` integer,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalogue_entries\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`catalogue_entries_code_idx\` ON \`catalogue_entries\` (\`code\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_department_idx\` ON \`catalogue_entries\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_order_idx\` ON \`catalogue_entries\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_parent_idx\` ON \`catalogue_entries\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_updated_at_idx\` ON \`catalogue_entries\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_created_at_idx\` ON \`catalogue_entries\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`catalogue_entries_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`catalogue_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`catalogue_entries_rels_order_idx\` ON \`catalogue_entries_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_rels_parent_idx\` ON \`catalogue_entries_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_rels_path_idx\` ON \`catalogue_entries_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`catalogue_entries_rels_departments_id_idx\` ON \`catalogue_entries_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_disclosure_grounds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_disclosure_grounds_order_idx\` ON \`disclosures_disclosure_grounds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_disclosure_grounds_parent_idx\` ON \`disclosures_disclosure_grounds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_agency_conf\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
  	\`status\` text DEFAULT 'pending',
  	\`confirmed_by_id\` integer,
  	\`confirmed_at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_agency_conf_order_idx\` ON \`disclosures_agency_conf\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_agency_conf_parent_id_idx\` ON \`disclosures_agency_conf\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_agency_conf_department_idx\` ON \`disclosures_agency_conf\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_agency_conf_confirmed_by_idx\` ON \`disclosures_agency_conf\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures\` (
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
  await db.run(sql`CREATE TABLE \`disclosures_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_texts_order_parent\` ON \`disclosures_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_texts_parent_idx\` ON \`disclosures_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`disclosures_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	\`catalogue_entries_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalogue_entries_id\`) REFERENCES \`catalogue_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`disclosures_rels_order_idx\` ON \`disclosures_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_parent_idx\` ON \`disclosures_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_path_idx\` ON \`disclosures_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_departments_id_idx\` ON \`disclosures_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_catalogue_entries_id_idx\` ON \`disclosures_rels\` (\`catalogue_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_media_id_idx\` ON \`disclosures_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`disclosures_rels_users_id_idx\` ON \`disclosures_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_version_disclosure_grounds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_disclosure_grounds_order_idx\` ON \`_disclosures_v_version_disclosure_grounds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_version_disclosure_grounds_parent_idx\` ON \`_disclosures_v_version_disclosure_grounds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_agency_conf_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
  	\`status\` text DEFAULT 'pending',
  	\`confirmed_by_id\` integer,
  	\`confirmed_at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_agency_conf_v_order_idx\` ON \`_disclosures_agency_conf_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_agency_conf_v_parent_id_idx\` ON \`_disclosures_agency_conf_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_agency_conf_v_department_idx\` ON \`_disclosures_agency_conf_v\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_agency_conf_v_confirmed_by_idx\` ON \`_disclosures_agency_conf_v\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v\` (
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
  await db.run(sql`CREATE TABLE \`_disclosures_v_texts\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`text\` text,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_texts_order_parent\` ON \`_disclosures_v_texts\` (\`order\`,\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_texts_parent_idx\` ON \`_disclosures_v_texts\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_disclosures_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`departments_id\` integer,
  	\`catalogue_entries_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_disclosures_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalogue_entries_id\`) REFERENCES \`catalogue_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_order_idx\` ON \`_disclosures_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_parent_idx\` ON \`_disclosures_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_path_idx\` ON \`_disclosures_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_departments_id_idx\` ON \`_disclosures_v_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_catalogue_entries_id_idx\` ON \`_disclosures_v_rels\` (\`catalogue_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_media_id_idx\` ON \`_disclosures_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_disclosures_v_rels_users_id_idx\` ON \`_disclosures_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_disclosure_grounds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_disclosure_grounds_order_idx\` ON \`interpretations_disclosure_grounds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_disclosure_grounds_parent_idx\` ON \`interpretations_disclosure_grounds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations_agency_conf\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
  	\`status\` text DEFAULT 'pending',
  	\`confirmed_by_id\` integer,
  	\`confirmed_at\` text,
  	\`note\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_agency_conf_order_idx\` ON \`interpretations_agency_conf\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_agency_conf_parent_id_idx\` ON \`interpretations_agency_conf\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_agency_conf_department_idx\` ON \`interpretations_agency_conf\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_agency_conf_confirmed_by_idx\` ON \`interpretations_agency_conf\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`interpretations\` (
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
  await db.run(sql`CREATE TABLE \`interpretations_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`disclosures_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`interpretations_rels_order_idx\` ON \`interpretations_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_parent_idx\` ON \`interpretations_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_path_idx\` ON \`interpretations_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_disclosures_id_idx\` ON \`interpretations_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_media_id_idx\` ON \`interpretations_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`interpretations_rels_users_id_idx\` ON \`interpretations_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v_version_disclosure_grounds\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_disclosure_grounds_order_idx\` ON \`_interpretations_v_version_disclosure_grounds\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_version_disclosure_grounds_parent_idx\` ON \`_interpretations_v_version_disclosure_grounds\` (\`parent_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_agency_conf_v\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`department_id\` integer,
  	\`status\` text DEFAULT 'pending',
  	\`confirmed_by_id\` integer,
  	\`confirmed_at\` text,
  	\`note\` text,
  	\`_uuid\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`confirmed_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_agency_conf_v_order_idx\` ON \`_interpretations_agency_conf_v\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_agency_conf_v_parent_id_idx\` ON \`_interpretations_agency_conf_v\` (\`_parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_agency_conf_v_department_idx\` ON \`_interpretations_agency_conf_v\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_agency_conf_v_confirmed_by_idx\` ON \`_interpretations_agency_conf_v\` (\`confirmed_by_id\`);`)
  await db.run(sql`CREATE TABLE \`_interpretations_v\` (
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
  await db.run(sql`CREATE TABLE \`_interpretations_v_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`disclosures_id\` integer,
  	\`media_id\` integer,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`_interpretations_v\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_order_idx\` ON \`_interpretations_v_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_parent_idx\` ON \`_interpretations_v_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_path_idx\` ON \`_interpretations_v_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_disclosures_id_idx\` ON \`_interpretations_v_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_media_id_idx\` ON \`_interpretations_v_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`_interpretations_v_rels_users_id_idx\` ON \`_interpretations_v_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`media\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`alt\` text,
  	\`caption\` text,
  	\`department_id\` integer,
  	\`is_public\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`url\` text,
  	\`thumbnail_u_r_l\` text,
  	\`filename\` text,
  	\`mime_type\` text,
  	\`filesize\` numeric,
  	\`width\` numeric,
  	\`height\` numeric,
  	\`focal_x\` numeric,
  	\`focal_y\` numeric,
  	\`sizes_thumbnail_url\` text,
  	\`sizes_thumbnail_width\` numeric,
  	\`sizes_thumbnail_height\` numeric,
  	\`sizes_thumbnail_mime_type\` text,
  	\`sizes_thumbnail_filesize\` numeric,
  	\`sizes_thumbnail_filename\` text,
  	\`sizes_card_url\` text,
  	\`sizes_card_width\` numeric,
  	\`sizes_card_height\` numeric,
  	\`sizes_card_mime_type\` text,
  	\`sizes_card_filesize\` numeric,
  	\`sizes_card_filename\` text,
  	\`sizes_wechat_cover_url\` text,
  	\`sizes_wechat_cover_width\` numeric,
  	\`sizes_wechat_cover_height\` numeric,
  	\`sizes_wechat_cover_mime_type\` text,
  	\`sizes_wechat_cover_filesize\` numeric,
  	\`sizes_wechat_cover_filename\` text,
  	\`sizes_square_url\` text,
  	\`sizes_square_width\` numeric,
  	\`sizes_square_height\` numeric,
  	\`sizes_square_mime_type\` text,
  	\`sizes_square_filesize\` numeric,
  	\`sizes_square_filename\` text,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`media_department_idx\` ON \`media\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`media_is_public_idx\` ON \`media\` (\`is_public\`);`)
  await db.run(sql`CREATE INDEX \`media_updated_at_idx\` ON \`media\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`media_created_at_idx\` ON \`media\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`media_filename_idx\` ON \`media\` (\`filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_thumbnail_sizes_thumbnail_filename_idx\` ON \`media\` (\`sizes_thumbnail_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_card_sizes_card_filename_idx\` ON \`media\` (\`sizes_card_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_wechat_cover_sizes_wechat_cover_filename_idx\` ON \`media\` (\`sizes_wechat_cover_filename\`);`)
  await db.run(sql`CREATE INDEX \`media_sizes_square_sizes_square_filename_idx\` ON \`media\` (\`sizes_square_filename\`);`)
  await db.run(sql`CREATE TABLE \`audit_log\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`action\` text NOT NULL,
  	\`at\` text NOT NULL,
  	\`user_id\` integer,
  	\`user_name\` text,
  	\`user_email\` text,
  	\`target_collection\` text NOT NULL,
  	\`document_id\` text NOT NULL,
  	\`department_id\` integer,
  	\`department_code\` text,
  	\`department_name\` text,
  	\`agency_id\` integer,
  	\`agency_code\` text,
  	\`agency_name\` text,
  	\`from\` text,
  	\`to\` text,
  	\`note\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`user_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`department_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`agency_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`CREATE INDEX \`audit_log_action_idx\` ON \`audit_log\` (\`action\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_at_idx\` ON \`audit_log\` (\`at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_user_idx\` ON \`audit_log\` (\`user_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_target_collection_idx\` ON \`audit_log\` (\`target_collection\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_document_id_idx\` ON \`audit_log\` (\`document_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_department_idx\` ON \`audit_log\` (\`department_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_agency_idx\` ON \`audit_log\` (\`agency_id\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_updated_at_idx\` ON \`audit_log\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`audit_log_created_at_idx\` ON \`audit_log\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`index_counters\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`scope\` text NOT NULL,
  	\`last_serial\` numeric DEFAULT 0 NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`index_counters_scope_idx\` ON \`index_counters\` (\`scope\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_updated_at_idx\` ON \`index_counters\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`index_counters_created_at_idx\` ON \`index_counters\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`search_index\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`record\` text NOT NULL,
  	\`record_id\` text NOT NULL,
  	\`title\` text,
  	\`text\` text,
  	\`published_at\` text,
  	\`department\` text,
  	\`catalogue\` text,
  	\`removed\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`search_index_key_idx\` ON \`search_index\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`search_index_updated_at_idx\` ON \`search_index\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`search_index_created_at_idx\` ON \`search_index\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_kv\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text NOT NULL,
  	\`data\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`payload_kv_key_idx\` ON \`payload_kv\` (\`key\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs_log\` (
  	\`_order\` integer NOT NULL,
  	\`_parent_id\` integer NOT NULL,
  	\`id\` text PRIMARY KEY NOT NULL,
  	\`executed_at\` text NOT NULL,
  	\`completed_at\` text NOT NULL,
  	\`task_slug\` text NOT NULL,
  	\`task_i_d\` text NOT NULL,
  	\`input\` text,
  	\`output\` text,
  	\`state\` text NOT NULL,
  	\`error\` text,
  	FOREIGN KEY (\`_parent_id\`) REFERENCES \`payload_jobs\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_order_idx\` ON \`payload_jobs_log\` (\`_order\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_log_parent_id_idx\` ON \`payload_jobs_log\` (\`_parent_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_jobs\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`input\` text,
  	\`completed_at\` text,
  	\`total_tried\` numeric DEFAULT 0,
  	\`has_error\` integer DEFAULT false,
  	\`error\` text,
  	\`task_slug\` text,
  	\`queue\` text DEFAULT 'default',
  	\`wait_until\` text,
  	\`processing\` integer DEFAULT false,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_jobs_completed_at_idx\` ON \`payload_jobs\` (\`completed_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_total_tried_idx\` ON \`payload_jobs\` (\`total_tried\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_has_error_idx\` ON \`payload_jobs\` (\`has_error\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_task_slug_idx\` ON \`payload_jobs\` (\`task_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_queue_idx\` ON \`payload_jobs\` (\`queue\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_wait_until_idx\` ON \`payload_jobs\` (\`wait_until\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_processing_idx\` ON \`payload_jobs\` (\`processing\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_updated_at_idx\` ON \`payload_jobs\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_jobs_created_at_idx\` ON \`payload_jobs\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`global_slug\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_global_slug_idx\` ON \`payload_locked_documents\` (\`global_slug\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_updated_at_idx\` ON \`payload_locked_documents\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_created_at_idx\` ON \`payload_locked_documents\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`departments_id\` integer,
  	\`catalogue_entries_id\` integer,
  	\`disclosures_id\` integer,
  	\`interpretations_id\` integer,
  	\`media_id\` integer,
  	\`audit_log_id\` integer,
  	\`index_counters_id\` integer,
  	\`search_index_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`departments_id\`) REFERENCES \`departments\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`catalogue_entries_id\`) REFERENCES \`catalogue_entries\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`disclosures_id\`) REFERENCES \`disclosures\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`interpretations_id\`) REFERENCES \`interpretations\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`media_id\`) REFERENCES \`media\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`audit_log_id\`) REFERENCES \`audit_log\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`index_counters_id\`) REFERENCES \`index_counters\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`search_index_id\`) REFERENCES \`search_index\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_departments_id_idx\` ON \`payload_locked_documents_rels\` (\`departments_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_catalogue_entries_id_idx\` ON \`payload_locked_documents_rels\` (\`catalogue_entries_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_disclosures_id_idx\` ON \`payload_locked_documents_rels\` (\`disclosures_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_interpretations_id_idx\` ON \`payload_locked_documents_rels\` (\`interpretations_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_media_id_idx\` ON \`payload_locked_documents_rels\` (\`media_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_audit_log_id_idx\` ON \`payload_locked_documents_rels\` (\`audit_log_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_index_counters_id_idx\` ON \`payload_locked_documents_rels\` (\`index_counters_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_search_index_id_idx\` ON \`payload_locked_documents_rels\` (\`search_index_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`key\` text,
  	\`value\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_key_idx\` ON \`payload_preferences\` (\`key\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_updated_at_idx\` ON \`payload_preferences\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_created_at_idx\` ON \`payload_preferences\` (\`created_at\`);`)
  await db.run(sql`CREATE TABLE \`payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE TABLE \`payload_migrations\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`name\` text,
  	\`batch\` numeric,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL
  );
  `)
  await db.run(sql`CREATE INDEX \`payload_migrations_updated_at_idx\` ON \`payload_migrations\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`payload_migrations_created_at_idx\` ON \`payload_migrations\` (\`created_at\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`users_roles\`;`)
  await db.run(sql`DROP TABLE \`users_sessions\`;`)
  await db.run(sql`DROP TABLE \`users\`;`)
  await db.run(sql`DROP TABLE \`users_rels\`;`)
  await db.run(sql`DROP TABLE \`departments\`;`)
  await db.run(sql`DROP TABLE \`catalogue_entries_breadcrumbs\`;`)
  await db.run(sql`DROP TABLE \`catalogue_entries\`;`)
  await db.run(sql`DROP TABLE \`catalogue_entries_rels\`;`)
  await db.run(sql`DROP TABLE \`disclosures_disclosure_grounds\`;`)
  await db.run(sql`DROP TABLE \`disclosures_agency_conf\`;`)
  await db.run(sql`DROP TABLE \`disclosures\`;`)
  await db.run(sql`DROP TABLE \`disclosures_texts\`;`)
  await db.run(sql`DROP TABLE \`disclosures_rels\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_version_disclosure_grounds\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_agency_conf_v\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_texts\`;`)
  await db.run(sql`DROP TABLE \`_disclosures_v_rels\`;`)
  await db.run(sql`DROP TABLE \`interpretations_disclosure_grounds\`;`)
  await db.run(sql`DROP TABLE \`interpretations_agency_conf\`;`)
  await db.run(sql`DROP TABLE \`interpretations\`;`)
  await db.run(sql`DROP TABLE \`interpretations_rels\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_version_disclosure_grounds\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_agency_conf_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v\`;`)
  await db.run(sql`DROP TABLE \`_interpretations_v_rels\`;`)
  await db.run(sql`DROP TABLE \`media\`;`)
  await db.run(sql`DROP TABLE \`audit_log\`;`)
  await db.run(sql`DROP TABLE \`index_counters\`;`)
  await db.run(sql`DROP TABLE \`search_index\`;`)
  await db.run(sql`DROP TABLE \`payload_kv\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs_log\`;`)
  await db.run(sql`DROP TABLE \`payload_jobs\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_migrations\`;`)
}
