import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'office', 'editor', 'reviewer');
  CREATE TYPE "public"."enum_departments_level" AS ENUM('city', 'district', 'department', 'town');
  CREATE TYPE "public"."enum_disclosures_disclosure_grounds" AS ENUM('state_secret', 'prohibited_by_law', 'three_securities_one_stability', 'third_party_rights', 'internal_affairs', 'process_information', 'enforcement_case_file');
  CREATE TYPE "public"."enum_disclosures_agency_conf_status" AS ENUM('pending', 'confirmed', 'disputed');
  CREATE TYPE "public"."enum_disclosures_topic" AS ENUM('0101', '0102', '0103', '0104', '0105', '0106', '0107', '0108', '0109', '0110', '0201', '0202', '0203', '0204', '0205', '0206', '0207', '0208', '0209', '0301', '0302', '0303', '0304', '0305', '0306', '0307', '0401', '0402', '0403', '0404', '0405', '0406', '0407', '0408', '0409', '0501', '0502', '0503', '0504', '0505', '0506', '0507', '0508', '0601', '0602', '0603', '0604', '0701', '0702', '0703', '0704', '0705', '0706', '0707', '0708', '0709', '0710', '0711', '0712', '0801', '0802', '0803', '0804', '0805', '0806', '0901', '0902', '0903', '0904', '0905', '0906', '1001', '1002', '1003', '1004', '1005', '1006', '1101', '1102', '1103', '1104', '1201', '1202', '1203', '1204', '1205', '1301', '1302', '1303', '1304', '1401', '1402', '1403', '1501', '1502', '1503', '1504', '1505', '1506', '1507', '1601', '1602', '1603', '1604', '1701', '1702', '1703', '1704', '1705', '1706', '1707', '1801', '1802', '1901', '1902', '1903', '2001', '2002', '2003', '2101', '2102');
  CREATE TYPE "public"."enum_disclosures_genre" AS ENUM('resolution', 'decision', 'order', 'communique', 'announcement', 'public_notice', 'opinion', 'notice', 'bulletin', 'report', 'request', 'reply', 'motion', 'letter', 'minutes', 'plan', 'other');
  CREATE TYPE "public"."enum_disclosures_document_kind" AS ENUM('regulation', 'normative_document', 'other');
  CREATE TYPE "public"."enum_disclosures_validity_status" AS ENUM('valid', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum_disclosures_disclosure_attribute" AS ENUM('proactive', 'on_request', 'not_disclosed');
  CREATE TYPE "public"."enum_disclosures_secrecy_review_status" AS ENUM('pending', 'passed', 'rejected');
  CREATE TYPE "public"."enum_disclosures_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__disclosures_v_version_disclosure_grounds" AS ENUM('state_secret', 'prohibited_by_law', 'three_securities_one_stability', 'third_party_rights', 'internal_affairs', 'process_information', 'enforcement_case_file');
  CREATE TYPE "public"."enum__disclosures_agency_conf_v_status" AS ENUM('pending', 'confirmed', 'disputed');
  CREATE TYPE "public"."enum__disclosures_v_version_topic" AS ENUM('0101', '0102', '0103', '0104', '0105', '0106', '0107', '0108', '0109', '0110', '0201', '0202', '0203', '0204', '0205', '0206', '0207', '0208', '0209', '0301', '0302', '0303', '0304', '0305', '0306', '0307', '0401', '0402', '0403', '0404', '0405', '0406', '0407', '0408', '0409', '0501', '0502', '0503', '0504', '0505', '0506', '0507', '0508', '0601', '0602', '0603', '0604', '0701', '0702', '0703', '0704', '0705', '0706', '0707', '0708', '0709', '0710', '0711', '0712', '0801', '0802', '0803', '0804', '0805', '0806', '0901', '0902', '0903', '0904', '0905', '0906', '1001', '1002', '1003', '1004', '1005', '1006', '1101', '1102', '1103', '1104', '1201', '1202', '1203', '1204', '1205', '1301', '1302', '1303', '1304', '1401', '1402', '1403', '1501', '1502', '1503', '1504', '1505', '1506', '1507', '1601', '1602', '1603', '1604', '1701', '1702', '1703', '1704', '1705', '1706', '1707', '1801', '1802', '1901', '1902', '1903', '2001', '2002', '2003', '2101', '2102');
  CREATE TYPE "public"."enum__disclosures_v_version_genre" AS ENUM('resolution', 'decision', 'order', 'communique', 'announcement', 'public_notice', 'opinion', 'notice', 'bulletin', 'report', 'request', 'reply', 'motion', 'letter', 'minutes', 'plan', 'other');
  CREATE TYPE "public"."enum__disclosures_v_version_document_kind" AS ENUM('regulation', 'normative_document', 'other');
  CREATE TYPE "public"."enum__disclosures_v_version_validity_status" AS ENUM('valid', 'amended', 'repealed', 'expired');
  CREATE TYPE "public"."enum__disclosures_v_version_disclosure_attribute" AS ENUM('proactive', 'on_request', 'not_disclosed');
  CREATE TYPE "public"."enum__disclosures_v_version_secrecy_review_status" AS ENUM('pending', 'passed', 'rejected');
  CREATE TYPE "public"."enum__disclosures_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_interpretations_disclosure_grounds" AS ENUM('state_secret', 'prohibited_by_law', 'three_securities_one_stability', 'third_party_rights', 'internal_affairs', 'process_information', 'enforcement_case_file');
  CREATE TYPE "public"."enum_interpretations_agency_conf_status" AS ENUM('pending', 'confirmed', 'disputed');
  CREATE TYPE "public"."enum_interpretations_form" AS ENUM('text', 'graphic', 'video', 'qa', 'interview', 'press_conference', 'expert');
  CREATE TYPE "public"."enum_interpretations_disclosure_attribute" AS ENUM('proactive', 'on_request', 'not_disclosed');
  CREATE TYPE "public"."enum_interpretations_secrecy_review_status" AS ENUM('pending', 'passed', 'rejected');
  CREATE TYPE "public"."enum_interpretations_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum__interpretations_v_version_disclosure_grounds" AS ENUM('state_secret', 'prohibited_by_law', 'three_securities_one_stability', 'third_party_rights', 'internal_affairs', 'process_information', 'enforcement_case_file');
  CREATE TYPE "public"."enum__interpretations_agency_conf_v_status" AS ENUM('pending', 'confirmed', 'disputed');
  CREATE TYPE "public"."enum__interpretations_v_version_form" AS ENUM('text', 'graphic', 'video', 'qa', 'interview', 'press_conference', 'expert');
  CREATE TYPE "public"."enum__interpretations_v_version_disclosure_attribute" AS ENUM('proactive', 'on_request', 'not_disclosed');
  CREATE TYPE "public"."enum__interpretations_v_version_secrecy_review_status" AS ENUM('pending', 'passed', 'rejected');
  CREATE TYPE "public"."enum__interpretations_v_version_status" AS ENUM('draft', 'published');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('attribute_decided', 'attribute_changed', 'review_passed', 'review_rejected', 'review_reset', 'agency_requested', 'agency_withdrawn', 'agency_confirmation', 'published', 'unpublished', 'scheduled', 'index_number_assigned', 'media_updated', 'deleted');
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TYPE "public"."enum_payload_jobs_log_state" AS ENUM('failed', 'succeeded');
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'schedulePublish');
  CREATE TABLE "users_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_users_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "users_sessions" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"created_at" timestamp(3) with time zone,
  	"expires_at" timestamp(3) with time zone NOT NULL
  );
  
  CREATE TABLE "users" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"active" boolean DEFAULT true,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"email" varchar NOT NULL,
  	"reset_password_token" varchar,
  	"reset_password_expiration" timestamp(3) with time zone,
  	"salt" varchar,
  	"hash" varchar,
  	"reset_password_requested_at" timestamp(3) with time zone
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer
  );
  
  CREATE TABLE "departments" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"short_name" varchar,
  	"code" varchar NOT NULL,
  	"level" "enum_departments_level" DEFAULT 'department' NOT NULL,
  	"parent_id" integer,
  	"serial_locked_at" timestamp(3) with time zone,
  	"guide_office" varchar,
  	"guide_address" varchar,
  	"guide_hours" varchar,
  	"guide_phone" varchar,
  	"guide_fax" varchar,
  	"guide_email" varchar,
  	"guide_website" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalogue_entries_breadcrumbs" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"doc_id" integer,
  	"url" varchar,
  	"label" varchar
  );
  
  CREATE TABLE "catalogue_entries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar NOT NULL,
  	"code" varchar NOT NULL,
  	"description" varchar,
  	"department_id" integer,
  	"time_limit" varchar,
  	"order" numeric DEFAULT 0,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "catalogue_entries_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer
  );
  
  CREATE TABLE "disclosures_disclosure_grounds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_disclosures_disclosure_grounds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "disclosures_agency_conf" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department_id" integer,
  	"status" "enum_disclosures_agency_conf_status" DEFAULT 'pending',
  	"confirmed_by_id" integer,
  	"confirmed_at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "disclosures" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"short_title" varchar,
  	"index_number" varchar,
  	"document_number" varchar,
  	"department_id" integer,
  	"written_at" timestamp(3) with time zone,
  	"publish_by" timestamp(3) with time zone,
  	"publish_by_provisional" boolean,
  	"published_late" boolean,
  	"topic" "enum_disclosures_topic",
  	"genre" "enum_disclosures_genre",
  	"document_kind" "enum_disclosures_document_kind" DEFAULT 'other',
  	"summary" varchar,
  	"validity_status" "enum_disclosures_validity_status" DEFAULT 'valid',
  	"validity_effective_from" timestamp(3) with time zone,
  	"validity_effective_until" timestamp(3) with time zone,
  	"validity_replaced_by_id" integer,
  	"body" jsonb,
  	"cover_id" integer,
  	"requires_interpretation" boolean,
  	"disclosure_attribute" "enum_disclosures_disclosure_attribute",
  	"disclosure_reason" varchar,
  	"disclosure_decided_by_id" integer,
  	"disclosure_decided_at" timestamp(3) with time zone,
  	"secrecy_review_status" "enum_disclosures_secrecy_review_status" DEFAULT 'pending',
  	"secrecy_review_reviewer_id" integer,
  	"secrecy_review_reviewed_at" timestamp(3) with time zone,
  	"secrecy_review_opinion" varchar,
  	"secrecy_review_content_hash" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_disclosures_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "disclosures_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "disclosures_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer,
  	"catalogue_entries_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_disclosures_v_version_disclosure_grounds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__disclosures_v_version_disclosure_grounds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_disclosures_agency_conf_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"department_id" integer,
  	"status" "enum__disclosures_agency_conf_v_status" DEFAULT 'pending',
  	"confirmed_by_id" integer,
  	"confirmed_at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_disclosures_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_short_title" varchar,
  	"version_index_number" varchar,
  	"version_document_number" varchar,
  	"version_department_id" integer,
  	"version_written_at" timestamp(3) with time zone,
  	"version_publish_by" timestamp(3) with time zone,
  	"version_publish_by_provisional" boolean,
  	"version_published_late" boolean,
  	"version_topic" "enum__disclosures_v_version_topic",
  	"version_genre" "enum__disclosures_v_version_genre",
  	"version_document_kind" "enum__disclosures_v_version_document_kind" DEFAULT 'other',
  	"version_summary" varchar,
  	"version_validity_status" "enum__disclosures_v_version_validity_status" DEFAULT 'valid',
  	"version_validity_effective_from" timestamp(3) with time zone,
  	"version_validity_effective_until" timestamp(3) with time zone,
  	"version_validity_replaced_by_id" integer,
  	"version_body" jsonb,
  	"version_cover_id" integer,
  	"version_requires_interpretation" boolean,
  	"version_disclosure_attribute" "enum__disclosures_v_version_disclosure_attribute",
  	"version_disclosure_reason" varchar,
  	"version_disclosure_decided_by_id" integer,
  	"version_disclosure_decided_at" timestamp(3) with time zone,
  	"version_secrecy_review_status" "enum__disclosures_v_version_secrecy_review_status" DEFAULT 'pending',
  	"version_secrecy_review_reviewer_id" integer,
  	"version_secrecy_review_reviewed_at" timestamp(3) with time zone,
  	"version_secrecy_review_opinion" varchar,
  	"version_secrecy_review_content_hash" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__disclosures_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_disclosures_v_texts" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"text" varchar
  );
  
  CREATE TABLE "_disclosures_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"departments_id" integer,
  	"catalogue_entries_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "interpretations_disclosure_grounds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_interpretations_disclosure_grounds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "interpretations_agency_conf" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"department_id" integer,
  	"status" "enum_interpretations_agency_conf_status" DEFAULT 'pending',
  	"confirmed_by_id" integer,
  	"confirmed_at" timestamp(3) with time zone,
  	"note" varchar
  );
  
  CREATE TABLE "interpretations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"title" varchar,
  	"short_title" varchar,
  	"form" "enum_interpretations_form" DEFAULT 'text',
  	"interpreter" varchar,
  	"department_id" integer,
  	"body" jsonb,
  	"cover_id" integer,
  	"disclosure_attribute" "enum_interpretations_disclosure_attribute",
  	"disclosure_reason" varchar,
  	"disclosure_decided_by_id" integer,
  	"disclosure_decided_at" timestamp(3) with time zone,
  	"secrecy_review_status" "enum_interpretations_secrecy_review_status" DEFAULT 'pending',
  	"secrecy_review_reviewer_id" integer,
  	"secrecy_review_reviewed_at" timestamp(3) with time zone,
  	"secrecy_review_opinion" varchar,
  	"secrecy_review_content_hash" varchar,
  	"created_by_id" integer,
  	"updated_by_id" integer,
  	"published_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"_status" "enum_interpretations_status" DEFAULT 'draft'
  );
  
  CREATE TABLE "interpretations_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"disclosures_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "_interpretations_v_version_disclosure_grounds" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__interpretations_v_version_disclosure_grounds",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_interpretations_agency_conf_v" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" serial PRIMARY KEY NOT NULL,
  	"department_id" integer,
  	"status" "enum__interpretations_agency_conf_v_status" DEFAULT 'pending',
  	"confirmed_by_id" integer,
  	"confirmed_at" timestamp(3) with time zone,
  	"note" varchar,
  	"_uuid" varchar
  );
  
  CREATE TABLE "_interpretations_v" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"parent_id" integer,
  	"version_title" varchar,
  	"version_short_title" varchar,
  	"version_form" "enum__interpretations_v_version_form" DEFAULT 'text',
  	"version_interpreter" varchar,
  	"version_department_id" integer,
  	"version_body" jsonb,
  	"version_cover_id" integer,
  	"version_disclosure_attribute" "enum__interpretations_v_version_disclosure_attribute",
  	"version_disclosure_reason" varchar,
  	"version_disclosure_decided_by_id" integer,
  	"version_disclosure_decided_at" timestamp(3) with time zone,
  	"version_secrecy_review_status" "enum__interpretations_v_version_secrecy_review_status" DEFAULT 'pending',
  	"version_secrecy_review_reviewer_id" integer,
  	"version_secrecy_review_reviewed_at" timestamp(3) with time zone,
  	"version_secrecy_review_opinion" varchar,
  	"version_secrecy_review_content_hash" varchar,
  	"version_created_by_id" integer,
  	"version_updated_by_id" integer,
  	"version_published_at" timestamp(3) with time zone,
  	"version_updated_at" timestamp(3) with time zone,
  	"version_created_at" timestamp(3) with time zone,
  	"version__status" "enum__interpretations_v_version_status" DEFAULT 'draft',
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"latest" boolean
  );
  
  CREATE TABLE "_interpretations_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"disclosures_id" integer,
  	"media_id" integer,
  	"users_id" integer
  );
  
  CREATE TABLE "media" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"alt" varchar,
  	"caption" varchar,
  	"department_id" integer,
  	"is_public" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar,
  	"sizes_card_url" varchar,
  	"sizes_card_width" numeric,
  	"sizes_card_height" numeric,
  	"sizes_card_mime_type" varchar,
  	"sizes_card_filesize" numeric,
  	"sizes_card_filename" varchar,
  	"sizes_wechat_cover_url" varchar,
  	"sizes_wechat_cover_width" numeric,
  	"sizes_wechat_cover_height" numeric,
  	"sizes_wechat_cover_mime_type" varchar,
  	"sizes_wechat_cover_filesize" numeric,
  	"sizes_wechat_cover_filename" varchar,
  	"sizes_square_url" varchar,
  	"sizes_square_width" numeric,
  	"sizes_square_height" numeric,
  	"sizes_square_mime_type" varchar,
  	"sizes_square_filesize" numeric,
  	"sizes_square_filename" varchar
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"at" timestamp(3) with time zone NOT NULL,
  	"user_id" integer,
  	"user_name" varchar,
  	"user_email" varchar,
  	"target_collection" varchar NOT NULL,
  	"document_id" varchar NOT NULL,
  	"department_id" integer,
  	"department_code" varchar,
  	"department_name" varchar,
  	"agency_id" integer,
  	"agency_code" varchar,
  	"agency_name" varchar,
  	"from" varchar,
  	"to" varchar,
  	"note" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "index_counters" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"scope" varchar NOT NULL,
  	"last_serial" numeric DEFAULT 0 NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "search_index" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"record" varchar NOT NULL,
  	"record_id" varchar NOT NULL,
  	"title" varchar,
  	"text" varchar,
  	"published_at" timestamp(3) with time zone,
  	"department" varchar,
  	"catalogue" jsonb,
  	"removed" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_kv" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"data" jsonb NOT NULL
  );
  
  CREATE TABLE "payload_jobs_log" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"executed_at" timestamp(3) with time zone NOT NULL,
  	"completed_at" timestamp(3) with time zone NOT NULL,
  	"task_slug" "enum_payload_jobs_log_task_slug" NOT NULL,
  	"task_i_d" varchar NOT NULL,
  	"input" jsonb,
  	"output" jsonb,
  	"state" "enum_payload_jobs_log_state" NOT NULL,
  	"error" jsonb
  );
  
  CREATE TABLE "payload_jobs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"input" jsonb,
  	"completed_at" timestamp(3) with time zone,
  	"total_tried" numeric DEFAULT 0,
  	"has_error" boolean DEFAULT false,
  	"error" jsonb,
  	"task_slug" "enum_payload_jobs_task_slug",
  	"queue" varchar DEFAULT 'default',
  	"wait_until" timestamp(3) with time zone,
  	"processing" boolean DEFAULT false,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"global_slug" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_locked_documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer,
  	"departments_id" integer,
  	"catalogue_entries_id" integer,
  	"disclosures_id" integer,
  	"interpretations_id" integer,
  	"media_id" integer,
  	"audit_log_id" integer,
  	"index_counters_id" integer,
  	"search_index_id" integer
  );
  
  CREATE TABLE "payload_preferences" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar,
  	"value" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "payload_preferences_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"users_id" integer
  );
  
  CREATE TABLE "payload_migrations" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar,
  	"batch" numeric,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "users_roles" ADD CONSTRAINT "users_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_sessions" ADD CONSTRAINT "users_sessions_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "departments" ADD CONSTRAINT "departments_parent_id_departments_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalogue_entries_breadcrumbs" ADD CONSTRAINT "catalogue_entries_breadcrumbs_doc_id_catalogue_entries_id_fk" FOREIGN KEY ("doc_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalogue_entries_breadcrumbs" ADD CONSTRAINT "catalogue_entries_breadcrumbs_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalogue_entries" ADD CONSTRAINT "catalogue_entries_parent_id_catalogue_entries_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "catalogue_entries_rels" ADD CONSTRAINT "catalogue_entries_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "catalogue_entries_rels" ADD CONSTRAINT "catalogue_entries_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_disclosure_grounds" ADD CONSTRAINT "disclosures_disclosure_grounds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_agency_conf" ADD CONSTRAINT "disclosures_agency_conf_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_agency_conf" ADD CONSTRAINT "disclosures_agency_conf_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_agency_conf" ADD CONSTRAINT "disclosures_agency_conf_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_validity_replaced_by_id_disclosures_id_fk" FOREIGN KEY ("validity_replaced_by_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_disclosure_decided_by_id_users_id_fk" FOREIGN KEY ("disclosure_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_secrecy_review_reviewer_id_users_id_fk" FOREIGN KEY ("secrecy_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "disclosures_texts" ADD CONSTRAINT "disclosures_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_catalogue_entries_fk" FOREIGN KEY ("catalogue_entries_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "disclosures_rels" ADD CONSTRAINT "disclosures_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_version_disclosure_grounds" ADD CONSTRAINT "_disclosures_v_version_disclosure_grounds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_agency_conf_v" ADD CONSTRAINT "_disclosures_agency_conf_v_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_agency_conf_v" ADD CONSTRAINT "_disclosures_agency_conf_v_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_agency_conf_v" ADD CONSTRAINT "_disclosures_agency_conf_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_parent_id_disclosures_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_validity_replaced_by_id_disclosures_id_fk" FOREIGN KEY ("version_validity_replaced_by_id") REFERENCES "public"."disclosures"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_disclosure_decided_by_id_users_id_fk" FOREIGN KEY ("version_disclosure_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_secrecy_review_reviewer_id_users_id_fk" FOREIGN KEY ("version_secrecy_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v_texts" ADD CONSTRAINT "_disclosures_v_texts_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_disclosures_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_catalogue_entries_fk" FOREIGN KEY ("catalogue_entries_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_disclosures_v_rels" ADD CONSTRAINT "_disclosures_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_disclosure_grounds" ADD CONSTRAINT "interpretations_disclosure_grounds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_agency_conf" ADD CONSTRAINT "interpretations_agency_conf_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_agency_conf" ADD CONSTRAINT "interpretations_agency_conf_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_agency_conf" ADD CONSTRAINT "interpretations_agency_conf_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_cover_id_media_id_fk" FOREIGN KEY ("cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_disclosure_decided_by_id_users_id_fk" FOREIGN KEY ("disclosure_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_secrecy_review_reviewer_id_users_id_fk" FOREIGN KEY ("secrecy_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_updated_by_id_users_id_fk" FOREIGN KEY ("updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "interpretations_rels" ADD CONSTRAINT "interpretations_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_version_disclosure_grounds" ADD CONSTRAINT "_interpretations_v_version_disclosure_grounds_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_agency_conf_v" ADD CONSTRAINT "_interpretations_agency_conf_v_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_agency_conf_v" ADD CONSTRAINT "_interpretations_agency_conf_v_confirmed_by_id_users_id_fk" FOREIGN KEY ("confirmed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_agency_conf_v" ADD CONSTRAINT "_interpretations_agency_conf_v_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_parent_id_interpretations_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."interpretations"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_department_id_departments_id_fk" FOREIGN KEY ("version_department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_cover_id_media_id_fk" FOREIGN KEY ("version_cover_id") REFERENCES "public"."media"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_disclosure_decided_by_id_users_id_fk" FOREIGN KEY ("version_disclosure_decided_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_secrecy_review_reviewer_id_users_id_fk" FOREIGN KEY ("version_secrecy_review_reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_created_by_id_users_id_fk" FOREIGN KEY ("version_created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_updated_by_id_users_id_fk" FOREIGN KEY ("version_updated_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_interpretations_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_interpretations_v_rels" ADD CONSTRAINT "_interpretations_v_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_department_id_departments_id_fk" FOREIGN KEY ("department_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_agency_id_departments_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."departments"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_jobs_log" ADD CONSTRAINT "payload_jobs_log_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."payload_jobs"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_locked_documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_departments_fk" FOREIGN KEY ("departments_id") REFERENCES "public"."departments"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_catalogue_entries_fk" FOREIGN KEY ("catalogue_entries_id") REFERENCES "public"."catalogue_entries"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_media_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_index_counters_fk" FOREIGN KEY ("index_counters_id") REFERENCES "public"."index_counters"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_search_index_fk" FOREIGN KEY ("search_index_id") REFERENCES "public"."search_index"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."payload_preferences"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_users_fk" FOREIGN KEY ("users_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "users_roles_order_idx" ON "users_roles" USING btree ("order");
  CREATE INDEX "users_roles_parent_idx" ON "users_roles" USING btree ("parent_id");
  CREATE INDEX "users_sessions_order_idx" ON "users_sessions" USING btree ("_order");
  CREATE INDEX "users_sessions_parent_id_idx" ON "users_sessions" USING btree ("_parent_id");
  CREATE INDEX "users_updated_at_idx" ON "users" USING btree ("updated_at");
  CREATE INDEX "users_created_at_idx" ON "users" USING btree ("created_at");
  CREATE UNIQUE INDEX "users_email_idx" ON "users" USING btree ("email");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_departments_id_idx" ON "users_rels" USING btree ("departments_id");
  CREATE UNIQUE INDEX "departments_code_idx" ON "departments" USING btree ("code");
  CREATE INDEX "departments_parent_idx" ON "departments" USING btree ("parent_id");
  CREATE INDEX "departments_updated_at_idx" ON "departments" USING btree ("updated_at");
  CREATE INDEX "departments_created_at_idx" ON "departments" USING btree ("created_at");
  CREATE INDEX "catalogue_entries_breadcrumbs_order_idx" ON "catalogue_entries_breadcrumbs" USING btree ("_order");
  CREATE INDEX "catalogue_entries_breadcrumbs_parent_id_idx" ON "catalogue_entries_breadcrumbs" USING btree ("_parent_id");
  CREATE INDEX "catalogue_entries_breadcrumbs_doc_idx" ON "catalogue_entries_breadcrumbs" USING btree ("doc_id");
  CREATE UNIQUE INDEX "catalogue_entries_code_idx" ON "catalogue_entries" USING btree ("code");
  CREATE INDEX "catalogue_entries_department_idx" ON "catalogue_entries" USING btree ("department_id");
  CREATE INDEX "catalogue_entries_order_idx" ON "catalogue_entries" USING btree ("order");
  CREATE INDEX "catalogue_entries_parent_idx" ON "catalogue_entries" USING btree ("parent_id");
  CREATE INDEX "catalogue_entries_updated_at_idx" ON "catalogue_entries" USING btree ("updated_at");
  CREATE INDEX "catalogue_entries_created_at_idx" ON "catalogue_entries" USING btree ("created_at");
  CREATE INDEX "catalogue_entries_rels_order_idx" ON "catalogue_entries_rels" USING btree ("order");
  CREATE INDEX "catalogue_entries_rels_parent_idx" ON "catalogue_entries_rels" USING btree ("parent_id");
  CREATE INDEX "catalogue_entries_rels_path_idx" ON "catalogue_entries_rels" USING btree ("path");
  CREATE INDEX "catalogue_entries_rels_departments_id_idx" ON "catalogue_entries_rels" USING btree ("departments_id");
  CREATE INDEX "disclosures_disclosure_grounds_order_idx" ON "disclosures_disclosure_grounds" USING btree ("order");
  CREATE INDEX "disclosures_disclosure_grounds_parent_idx" ON "disclosures_disclosure_grounds" USING btree ("parent_id");
  CREATE INDEX "disclosures_agency_conf_order_idx" ON "disclosures_agency_conf" USING btree ("_order");
  CREATE INDEX "disclosures_agency_conf_parent_id_idx" ON "disclosures_agency_conf" USING btree ("_parent_id");
  CREATE INDEX "disclosures_agency_conf_department_idx" ON "disclosures_agency_conf" USING btree ("department_id");
  CREATE INDEX "disclosures_agency_conf_confirmed_by_idx" ON "disclosures_agency_conf" USING btree ("confirmed_by_id");
  CREATE UNIQUE INDEX "disclosures_index_number_idx" ON "disclosures" USING btree ("index_number");
  CREATE INDEX "disclosures_document_number_idx" ON "disclosures" USING btree ("document_number");
  CREATE INDEX "disclosures_department_idx" ON "disclosures" USING btree ("department_id");
  CREATE INDEX "disclosures_written_at_idx" ON "disclosures" USING btree ("written_at");
  CREATE INDEX "disclosures_published_late_idx" ON "disclosures" USING btree ("published_late");
  CREATE INDEX "disclosures_topic_idx" ON "disclosures" USING btree ("topic");
  CREATE INDEX "disclosures_genre_idx" ON "disclosures" USING btree ("genre");
  CREATE INDEX "disclosures_document_kind_idx" ON "disclosures" USING btree ("document_kind");
  CREATE INDEX "disclosures_validity_validity_status_idx" ON "disclosures" USING btree ("validity_status");
  CREATE INDEX "disclosures_validity_validity_replaced_by_idx" ON "disclosures" USING btree ("validity_replaced_by_id");
  CREATE INDEX "disclosures_cover_idx" ON "disclosures" USING btree ("cover_id");
  CREATE INDEX "disclosures_disclosure_disclosure_attribute_idx" ON "disclosures" USING btree ("disclosure_attribute");
  CREATE INDEX "disclosures_disclosure_disclosure_decided_by_idx" ON "disclosures" USING btree ("disclosure_decided_by_id");
  CREATE INDEX "disclosures_secrecy_review_secrecy_review_status_idx" ON "disclosures" USING btree ("secrecy_review_status");
  CREATE INDEX "disclosures_secrecy_review_secrecy_review_reviewer_idx" ON "disclosures" USING btree ("secrecy_review_reviewer_id");
  CREATE INDEX "disclosures_created_by_idx" ON "disclosures" USING btree ("created_by_id");
  CREATE INDEX "disclosures_updated_by_idx" ON "disclosures" USING btree ("updated_by_id");
  CREATE INDEX "disclosures_published_at_idx" ON "disclosures" USING btree ("published_at");
  CREATE INDEX "disclosures_updated_at_idx" ON "disclosures" USING btree ("updated_at");
  CREATE INDEX "disclosures_created_at_idx" ON "disclosures" USING btree ("created_at");
  CREATE INDEX "disclosures__status_idx" ON "disclosures" USING btree ("_status");
  CREATE INDEX "department_writtenAt_idx" ON "disclosures" USING btree ("department_id","written_at");
  CREATE INDEX "disclosures_texts_order_parent" ON "disclosures_texts" USING btree ("order","parent_id");
  CREATE INDEX "disclosures_texts_parent_idx" ON "disclosures_texts" USING btree ("parent_id");
  CREATE INDEX "disclosures_rels_order_idx" ON "disclosures_rels" USING btree ("order");
  CREATE INDEX "disclosures_rels_parent_idx" ON "disclosures_rels" USING btree ("parent_id");
  CREATE INDEX "disclosures_rels_path_idx" ON "disclosures_rels" USING btree ("path");
  CREATE INDEX "disclosures_rels_departments_id_idx" ON "disclosures_rels" USING btree ("departments_id");
  CREATE INDEX "disclosures_rels_catalogue_entries_id_idx" ON "disclosures_rels" USING btree ("catalogue_entries_id");
  CREATE INDEX "disclosures_rels_media_id_idx" ON "disclosures_rels" USING btree ("media_id");
  CREATE INDEX "disclosures_rels_users_id_idx" ON "disclosures_rels" USING btree ("users_id");
  CREATE INDEX "_disclosures_v_version_disclosure_grounds_order_idx" ON "_disclosures_v_version_disclosure_grounds" USING btree ("order");
  CREATE INDEX "_disclosures_v_version_disclosure_grounds_parent_idx" ON "_disclosures_v_version_disclosure_grounds" USING btree ("parent_id");
  CREATE INDEX "_disclosures_agency_conf_v_order_idx" ON "_disclosures_agency_conf_v" USING btree ("_order");
  CREATE INDEX "_disclosures_agency_conf_v_parent_id_idx" ON "_disclosures_agency_conf_v" USING btree ("_parent_id");
  CREATE INDEX "_disclosures_agency_conf_v_department_idx" ON "_disclosures_agency_conf_v" USING btree ("department_id");
  CREATE INDEX "_disclosures_agency_conf_v_confirmed_by_idx" ON "_disclosures_agency_conf_v" USING btree ("confirmed_by_id");
  CREATE INDEX "_disclosures_v_parent_idx" ON "_disclosures_v" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_version_version_index_number_idx" ON "_disclosures_v" USING btree ("version_index_number");
  CREATE INDEX "_disclosures_v_version_version_document_number_idx" ON "_disclosures_v" USING btree ("version_document_number");
  CREATE INDEX "_disclosures_v_version_version_department_idx" ON "_disclosures_v" USING btree ("version_department_id");
  CREATE INDEX "_disclosures_v_version_version_written_at_idx" ON "_disclosures_v" USING btree ("version_written_at");
  CREATE INDEX "_disclosures_v_version_version_published_late_idx" ON "_disclosures_v" USING btree ("version_published_late");
  CREATE INDEX "_disclosures_v_version_version_topic_idx" ON "_disclosures_v" USING btree ("version_topic");
  CREATE INDEX "_disclosures_v_version_version_genre_idx" ON "_disclosures_v" USING btree ("version_genre");
  CREATE INDEX "_disclosures_v_version_version_document_kind_idx" ON "_disclosures_v" USING btree ("version_document_kind");
  CREATE INDEX "_disclosures_v_version_validity_version_validity_status_idx" ON "_disclosures_v" USING btree ("version_validity_status");
  CREATE INDEX "_disclosures_v_version_validity_version_validity_replace_idx" ON "_disclosures_v" USING btree ("version_validity_replaced_by_id");
  CREATE INDEX "_disclosures_v_version_version_cover_idx" ON "_disclosures_v" USING btree ("version_cover_id");
  CREATE INDEX "_disclosures_v_version_disclosure_version_disclosure_att_idx" ON "_disclosures_v" USING btree ("version_disclosure_attribute");
  CREATE INDEX "_disclosures_v_version_disclosure_version_disclosure_dec_idx" ON "_disclosures_v" USING btree ("version_disclosure_decided_by_id");
  CREATE INDEX "_disclosures_v_version_secrecy_review_version_secrecy_re_idx" ON "_disclosures_v" USING btree ("version_secrecy_review_status");
  CREATE INDEX "_disclosures_v_version_secrecy_review_version_secrecy__1_idx" ON "_disclosures_v" USING btree ("version_secrecy_review_reviewer_id");
  CREATE INDEX "_disclosures_v_version_version_created_by_idx" ON "_disclosures_v" USING btree ("version_created_by_id");
  CREATE INDEX "_disclosures_v_version_version_updated_by_idx" ON "_disclosures_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_disclosures_v_version_version_published_at_idx" ON "_disclosures_v" USING btree ("version_published_at");
  CREATE INDEX "_disclosures_v_version_version_updated_at_idx" ON "_disclosures_v" USING btree ("version_updated_at");
  CREATE INDEX "_disclosures_v_version_version_created_at_idx" ON "_disclosures_v" USING btree ("version_created_at");
  CREATE INDEX "_disclosures_v_version_version__status_idx" ON "_disclosures_v" USING btree ("version__status");
  CREATE INDEX "_disclosures_v_created_at_idx" ON "_disclosures_v" USING btree ("created_at");
  CREATE INDEX "_disclosures_v_updated_at_idx" ON "_disclosures_v" USING btree ("updated_at");
  CREATE INDEX "_disclosures_v_latest_idx" ON "_disclosures_v" USING btree ("latest");
  CREATE INDEX "version_department_version_writtenAt_idx" ON "_disclosures_v" USING btree ("version_department_id","version_written_at");
  CREATE INDEX "_disclosures_v_texts_order_parent" ON "_disclosures_v_texts" USING btree ("order","parent_id");
  CREATE INDEX "_disclosures_v_texts_parent_idx" ON "_disclosures_v_texts" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_rels_order_idx" ON "_disclosures_v_rels" USING btree ("order");
  CREATE INDEX "_disclosures_v_rels_parent_idx" ON "_disclosures_v_rels" USING btree ("parent_id");
  CREATE INDEX "_disclosures_v_rels_path_idx" ON "_disclosures_v_rels" USING btree ("path");
  CREATE INDEX "_disclosures_v_rels_departments_id_idx" ON "_disclosures_v_rels" USING btree ("departments_id");
  CREATE INDEX "_disclosures_v_rels_catalogue_entries_id_idx" ON "_disclosures_v_rels" USING btree ("catalogue_entries_id");
  CREATE INDEX "_disclosures_v_rels_media_id_idx" ON "_disclosures_v_rels" USING btree ("media_id");
  CREATE INDEX "_disclosures_v_rels_users_id_idx" ON "_disclosures_v_rels" USING btree ("users_id");
  CREATE INDEX "interpretations_disclosure_grounds_order_idx" ON "interpretations_disclosure_grounds" USING btree ("order");
  CREATE INDEX "interpretations_disclosure_grounds_parent_idx" ON "interpretations_disclosure_grounds" USING btree ("parent_id");
  CREATE INDEX "interpretations_agency_conf_order_idx" ON "interpretations_agency_conf" USING btree ("_order");
  CREATE INDEX "interpretations_agency_conf_parent_id_idx" ON "interpretations_agency_conf" USING btree ("_parent_id");
  CREATE INDEX "interpretations_agency_conf_department_idx" ON "interpretations_agency_conf" USING btree ("department_id");
  CREATE INDEX "interpretations_agency_conf_confirmed_by_idx" ON "interpretations_agency_conf" USING btree ("confirmed_by_id");
  CREATE INDEX "interpretations_form_idx" ON "interpretations" USING btree ("form");
  CREATE INDEX "interpretations_department_idx" ON "interpretations" USING btree ("department_id");
  CREATE INDEX "interpretations_cover_idx" ON "interpretations" USING btree ("cover_id");
  CREATE INDEX "interpretations_disclosure_disclosure_attribute_idx" ON "interpretations" USING btree ("disclosure_attribute");
  CREATE INDEX "interpretations_disclosure_disclosure_decided_by_idx" ON "interpretations" USING btree ("disclosure_decided_by_id");
  CREATE INDEX "interpretations_secrecy_review_secrecy_review_status_idx" ON "interpretations" USING btree ("secrecy_review_status");
  CREATE INDEX "interpretations_secrecy_review_secrecy_review_reviewer_idx" ON "interpretations" USING btree ("secrecy_review_reviewer_id");
  CREATE INDEX "interpretations_created_by_idx" ON "interpretations" USING btree ("created_by_id");
  CREATE INDEX "interpretations_updated_by_idx" ON "interpretations" USING btree ("updated_by_id");
  CREATE INDEX "interpretations_published_at_idx" ON "interpretations" USING btree ("published_at");
  CREATE INDEX "interpretations_updated_at_idx" ON "interpretations" USING btree ("updated_at");
  CREATE INDEX "interpretations_created_at_idx" ON "interpretations" USING btree ("created_at");
  CREATE INDEX "interpretations__status_idx" ON "interpretations" USING btree ("_status");
  CREATE INDEX "interpretations_rels_order_idx" ON "interpretations_rels" USING btree ("order");
  CREATE INDEX "interpretations_rels_parent_idx" ON "interpretations_rels" USING btree ("parent_id");
  CREATE INDEX "interpretations_rels_path_idx" ON "interpretations_rels" USING btree ("path");
  CREATE INDEX "interpretations_rels_disclosures_id_idx" ON "interpretations_rels" USING btree ("disclosures_id");
  CREATE INDEX "interpretations_rels_media_id_idx" ON "interpretations_rels" USING btree ("media_id");
  CREATE INDEX "interpretations_rels_users_id_idx" ON "interpretations_rels" USING btree ("users_id");
  CREATE INDEX "_interpretations_v_version_disclosure_grounds_order_idx" ON "_interpretations_v_version_disclosure_grounds" USING btree ("order");
  CREATE INDEX "_interpretations_v_version_disclosure_grounds_parent_idx" ON "_interpretations_v_version_disclosure_grounds" USING btree ("parent_id");
  CREATE INDEX "_interpretations_agency_conf_v_order_idx" ON "_interpretations_agency_conf_v" USING btree ("_order");
  CREATE INDEX "_interpretations_agency_conf_v_parent_id_idx" ON "_interpretations_agency_conf_v" USING btree ("_parent_id");
  CREATE INDEX "_interpretations_agency_conf_v_department_idx" ON "_interpretations_agency_conf_v" USING btree ("department_id");
  CREATE INDEX "_interpretations_agency_conf_v_confirmed_by_idx" ON "_interpretations_agency_conf_v" USING btree ("confirmed_by_id");
  CREATE INDEX "_interpretations_v_parent_idx" ON "_interpretations_v" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_version_version_form_idx" ON "_interpretations_v" USING btree ("version_form");
  CREATE INDEX "_interpretations_v_version_version_department_idx" ON "_interpretations_v" USING btree ("version_department_id");
  CREATE INDEX "_interpretations_v_version_version_cover_idx" ON "_interpretations_v" USING btree ("version_cover_id");
  CREATE INDEX "_interpretations_v_version_disclosure_version_disclosure_idx" ON "_interpretations_v" USING btree ("version_disclosure_attribute");
  CREATE INDEX "_interpretations_v_version_disclosure_version_disclosu_1_idx" ON "_interpretations_v" USING btree ("version_disclosure_decided_by_id");
  CREATE INDEX "_interpretations_v_version_secrecy_review_version_secrec_idx" ON "_interpretations_v" USING btree ("version_secrecy_review_status");
  CREATE INDEX "_interpretations_v_version_secrecy_review_version_secr_1_idx" ON "_interpretations_v" USING btree ("version_secrecy_review_reviewer_id");
  CREATE INDEX "_interpretations_v_version_version_created_by_idx" ON "_interpretations_v" USING btree ("version_created_by_id");
  CREATE INDEX "_interpretations_v_version_version_updated_by_idx" ON "_interpretations_v" USING btree ("version_updated_by_id");
  CREATE INDEX "_interpretations_v_version_version_published_at_idx" ON "_interpretations_v" USING btree ("version_published_at");
  CREATE INDEX "_interpretations_v_version_version_updated_at_idx" ON "_interpretations_v" USING btree ("version_updated_at");
  CREATE INDEX "_interpretations_v_version_version_created_at_idx" ON "_interpretations_v" USING btree ("version_created_at");
  CREATE INDEX "_interpretations_v_version_version__status_idx" ON "_interpretations_v" USING btree ("version__status");
  CREATE INDEX "_interpretations_v_created_at_idx" ON "_interpretations_v" USING btree ("created_at");
  CREATE INDEX "_interpretations_v_updated_at_idx" ON "_interpretations_v" USING btree ("updated_at");
  CREATE INDEX "_interpretations_v_latest_idx" ON "_interpretations_v" USING btree ("latest");
  CREATE INDEX "_interpretations_v_rels_order_idx" ON "_interpretations_v_rels" USING btree ("order");
  CREATE INDEX "_interpretations_v_rels_parent_idx" ON "_interpretations_v_rels" USING btree ("parent_id");
  CREATE INDEX "_interpretations_v_rels_path_idx" ON "_interpretations_v_rels" USING btree ("path");
  CREATE INDEX "_interpretations_v_rels_disclosures_id_idx" ON "_interpretations_v_rels" USING btree ("disclosures_id");
  CREATE INDEX "_interpretations_v_rels_media_id_idx" ON "_interpretations_v_rels" USING btree ("media_id");
  CREATE INDEX "_interpretations_v_rels_users_id_idx" ON "_interpretations_v_rels" USING btree ("users_id");
  CREATE INDEX "media_department_idx" ON "media" USING btree ("department_id");
  CREATE INDEX "media_is_public_idx" ON "media" USING btree ("is_public");
  CREATE INDEX "media_updated_at_idx" ON "media" USING btree ("updated_at");
  CREATE INDEX "media_created_at_idx" ON "media" USING btree ("created_at");
  CREATE UNIQUE INDEX "media_filename_idx" ON "media" USING btree ("filename");
  CREATE INDEX "media_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "media" USING btree ("sizes_thumbnail_filename");
  CREATE INDEX "media_sizes_card_sizes_card_filename_idx" ON "media" USING btree ("sizes_card_filename");
  CREATE INDEX "media_sizes_wechat_cover_sizes_wechat_cover_filename_idx" ON "media" USING btree ("sizes_wechat_cover_filename");
  CREATE INDEX "media_sizes_square_sizes_square_filename_idx" ON "media" USING btree ("sizes_square_filename");
  CREATE INDEX "audit_log_action_idx" ON "audit_log" USING btree ("action");
  CREATE INDEX "audit_log_at_idx" ON "audit_log" USING btree ("at");
  CREATE INDEX "audit_log_user_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_target_collection_idx" ON "audit_log" USING btree ("target_collection");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_department_idx" ON "audit_log" USING btree ("department_id");
  CREATE INDEX "audit_log_agency_idx" ON "audit_log" USING btree ("agency_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE UNIQUE INDEX "index_counters_scope_idx" ON "index_counters" USING btree ("scope");
  CREATE INDEX "index_counters_updated_at_idx" ON "index_counters" USING btree ("updated_at");
  CREATE INDEX "index_counters_created_at_idx" ON "index_counters" USING btree ("created_at");
  CREATE UNIQUE INDEX "search_index_key_idx" ON "search_index" USING btree ("key");
  CREATE INDEX "search_index_updated_at_idx" ON "search_index" USING btree ("updated_at");
  CREATE INDEX "search_index_created_at_idx" ON "search_index" USING btree ("created_at");
  CREATE UNIQUE INDEX "payload_kv_key_idx" ON "payload_kv" USING btree ("key");
  CREATE INDEX "payload_jobs_log_order_idx" ON "payload_jobs_log" USING btree ("_order");
  CREATE INDEX "payload_jobs_log_parent_id_idx" ON "payload_jobs_log" USING btree ("_parent_id");
  CREATE INDEX "payload_jobs_completed_at_idx" ON "payload_jobs" USING btree ("completed_at");
  CREATE INDEX "payload_jobs_total_tried_idx" ON "payload_jobs" USING btree ("total_tried");
  CREATE INDEX "payload_jobs_has_error_idx" ON "payload_jobs" USING btree ("has_error");
  CREATE INDEX "payload_jobs_task_slug_idx" ON "payload_jobs" USING btree ("task_slug");
  CREATE INDEX "payload_jobs_queue_idx" ON "payload_jobs" USING btree ("queue");
  CREATE INDEX "payload_jobs_wait_until_idx" ON "payload_jobs" USING btree ("wait_until");
  CREATE INDEX "payload_jobs_processing_idx" ON "payload_jobs" USING btree ("processing");
  CREATE INDEX "payload_jobs_updated_at_idx" ON "payload_jobs" USING btree ("updated_at");
  CREATE INDEX "payload_jobs_created_at_idx" ON "payload_jobs" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_global_slug_idx" ON "payload_locked_documents" USING btree ("global_slug");
  CREATE INDEX "payload_locked_documents_updated_at_idx" ON "payload_locked_documents" USING btree ("updated_at");
  CREATE INDEX "payload_locked_documents_created_at_idx" ON "payload_locked_documents" USING btree ("created_at");
  CREATE INDEX "payload_locked_documents_rels_order_idx" ON "payload_locked_documents_rels" USING btree ("order");
  CREATE INDEX "payload_locked_documents_rels_parent_idx" ON "payload_locked_documents_rels" USING btree ("parent_id");
  CREATE INDEX "payload_locked_documents_rels_path_idx" ON "payload_locked_documents_rels" USING btree ("path");
  CREATE INDEX "payload_locked_documents_rels_users_id_idx" ON "payload_locked_documents_rels" USING btree ("users_id");
  CREATE INDEX "payload_locked_documents_rels_departments_id_idx" ON "payload_locked_documents_rels" USING btree ("departments_id");
  CREATE INDEX "payload_locked_documents_rels_catalogue_entries_id_idx" ON "payload_locked_documents_rels" USING btree ("catalogue_entries_id");
  CREATE INDEX "payload_locked_documents_rels_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosures_id");
  CREATE INDEX "payload_locked_documents_rels_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("interpretations_id");
  CREATE INDEX "payload_locked_documents_rels_media_id_idx" ON "payload_locked_documents_rels" USING btree ("media_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_index_counters_id_idx" ON "payload_locked_documents_rels" USING btree ("index_counters_id");
  CREATE INDEX "payload_locked_documents_rels_search_index_id_idx" ON "payload_locked_documents_rels" USING btree ("search_index_id");
  CREATE INDEX "payload_preferences_key_idx" ON "payload_preferences" USING btree ("key");
  CREATE INDEX "payload_preferences_updated_at_idx" ON "payload_preferences" USING btree ("updated_at");
  CREATE INDEX "payload_preferences_created_at_idx" ON "payload_preferences" USING btree ("created_at");
  CREATE INDEX "payload_preferences_rels_order_idx" ON "payload_preferences_rels" USING btree ("order");
  CREATE INDEX "payload_preferences_rels_parent_idx" ON "payload_preferences_rels" USING btree ("parent_id");
  CREATE INDEX "payload_preferences_rels_path_idx" ON "payload_preferences_rels" USING btree ("path");
  CREATE INDEX "payload_preferences_rels_users_id_idx" ON "payload_preferences_rels" USING btree ("users_id");
  CREATE INDEX "payload_migrations_updated_at_idx" ON "payload_migrations" USING btree ("updated_at");
  CREATE INDEX "payload_migrations_created_at_idx" ON "payload_migrations" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "users_roles" CASCADE;
  DROP TABLE "users_sessions" CASCADE;
  DROP TABLE "users" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "departments" CASCADE;
  DROP TABLE "catalogue_entries_breadcrumbs" CASCADE;
  DROP TABLE "catalogue_entries" CASCADE;
  DROP TABLE "catalogue_entries_rels" CASCADE;
  DROP TABLE "disclosures_disclosure_grounds" CASCADE;
  DROP TABLE "disclosures_agency_conf" CASCADE;
  DROP TABLE "disclosures" CASCADE;
  DROP TABLE "disclosures_texts" CASCADE;
  DROP TABLE "disclosures_rels" CASCADE;
  DROP TABLE "_disclosures_v_version_disclosure_grounds" CASCADE;
  DROP TABLE "_disclosures_agency_conf_v" CASCADE;
  DROP TABLE "_disclosures_v" CASCADE;
  DROP TABLE "_disclosures_v_texts" CASCADE;
  DROP TABLE "_disclosures_v_rels" CASCADE;
  DROP TABLE "interpretations_disclosure_grounds" CASCADE;
  DROP TABLE "interpretations_agency_conf" CASCADE;
  DROP TABLE "interpretations" CASCADE;
  DROP TABLE "interpretations_rels" CASCADE;
  DROP TABLE "_interpretations_v_version_disclosure_grounds" CASCADE;
  DROP TABLE "_interpretations_agency_conf_v" CASCADE;
  DROP TABLE "_interpretations_v" CASCADE;
  DROP TABLE "_interpretations_v_rels" CASCADE;
  DROP TABLE "media" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "index_counters" CASCADE;
  DROP TABLE "search_index" CASCADE;
  DROP TABLE "payload_kv" CASCADE;
  DROP TABLE "payload_jobs_log" CASCADE;
  DROP TABLE "payload_jobs" CASCADE;
  DROP TABLE "payload_locked_documents" CASCADE;
  DROP TABLE "payload_locked_documents_rels" CASCADE;
  DROP TABLE "payload_preferences" CASCADE;
  DROP TABLE "payload_preferences_rels" CASCADE;
  DROP TABLE "payload_migrations" CASCADE;
  DROP TYPE "public"."enum_users_roles";
  DROP TYPE "public"."enum_departments_level";
  DROP TYPE "public"."enum_disclosures_disclosure_grounds";
  DROP TYPE "public"."enum_disclosures_agency_conf_status";
  DROP TYPE "public"."enum_disclosures_topic";
  DROP TYPE "public"."enum_disclosures_genre";
  DROP TYPE "public"."enum_disclosures_document_kind";
  DROP TYPE "public"."enum_disclosures_validity_status";
  DROP TYPE "public"."enum_disclosures_disclosure_attribute";
  DROP TYPE "public"."enum_disclosures_secrecy_review_status";
  DROP TYPE "public"."enum_disclosures_status";
  DROP TYPE "public"."enum__disclosures_v_version_disclosure_grounds";
  DROP TYPE "public"."enum__disclosures_agency_conf_v_status";
  DROP TYPE "public"."enum__disclosures_v_version_topic";
  DROP TYPE "public"."enum__disclosures_v_version_genre";
  DROP TYPE "public"."enum__disclosures_v_version_document_kind";
  DROP TYPE "public"."enum__disclosures_v_version_validity_status";
  DROP TYPE "public"."enum__disclosures_v_version_disclosure_attribute";
  DROP TYPE "public"."enum__disclosures_v_version_secrecy_review_status";
  DROP TYPE "public"."enum__disclosures_v_version_status";
  DROP TYPE "public"."enum_interpretations_disclosure_grounds";
  DROP TYPE "public"."enum_interpretations_agency_conf_status";
  DROP TYPE "public"."enum_interpretations_form";
  DROP TYPE "public"."enum_interpretations_disclosure_attribute";
  DROP TYPE "public"."enum_interpretations_secrecy_review_status";
  DROP TYPE "public"."enum_interpretations_status";
  DROP TYPE "public"."enum__interpretations_v_version_disclosure_grounds";
  DROP TYPE "public"."enum__interpretations_agency_conf_v_status";
  DROP TYPE "public"."enum__interpretations_v_version_form";
  DROP TYPE "public"."enum__interpretations_v_version_disclosure_attribute";
  DROP TYPE "public"."enum__interpretations_v_version_secrecy_review_status";
  DROP TYPE "public"."enum__interpretations_v_version_status";
  DROP TYPE "public"."enum_audit_log_action";
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  DROP TYPE "public"."enum_payload_jobs_log_state";
  DROP TYPE "public"."enum_payload_jobs_task_slug";`)
}
