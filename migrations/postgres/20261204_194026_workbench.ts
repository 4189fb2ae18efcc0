import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_audit_log_action" ADD VALUE 'review_requested' BEFORE 'review_passed';
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_disclosures_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_interpretations_fk";
  
  DROP INDEX "payload_locked_documents_rels_disclosures_id_idx";
  DROP INDEX "payload_locked_documents_rels_interpretations_id_idx";
  ALTER TABLE "audit_log" ADD COLUMN "document_title" varchar;
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "disclosures_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "interpretations_id";`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE text;
  DROP TYPE "public"."enum_audit_log_action";
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('attribute_decided', 'attribute_changed', 'review_passed', 'review_rejected', 'review_reset', 'agency_requested', 'agency_withdrawn', 'agency_confirmation', 'published', 'unpublished', 'scheduled', 'index_number_assigned', 'media_updated', 'deleted');
  ALTER TABLE "audit_log" ALTER COLUMN "action" SET DATA TYPE "public"."enum_audit_log_action" USING "action"::"public"."enum_audit_log_action";
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "disclosures_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "interpretations_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_disclosures_fk" FOREIGN KEY ("disclosures_id") REFERENCES "public"."disclosures"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_interpretations_fk" FOREIGN KEY ("interpretations_id") REFERENCES "public"."interpretations"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_disclosures_id_idx" ON "payload_locked_documents_rels" USING btree ("disclosures_id");
  CREATE INDEX "payload_locked_documents_rels_interpretations_id_idx" ON "payload_locked_documents_rels" USING btree ("interpretations_id");
  ALTER TABLE "audit_log" DROP COLUMN "document_title";`)
}
