import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosures" ADD COLUMN "secrecy_review_submitted_by_id" integer;
  ALTER TABLE "disclosures" ADD COLUMN "secrecy_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_secrecy_review_submitted_by_id" integer;
  ALTER TABLE "_disclosures_v" ADD COLUMN "version_secrecy_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "interpretations" ADD COLUMN "secrecy_review_submitted_by_id" integer;
  ALTER TABLE "interpretations" ADD COLUMN "secrecy_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_secrecy_review_submitted_by_id" integer;
  ALTER TABLE "_interpretations_v" ADD COLUMN "version_secrecy_review_submitted_at" timestamp(3) with time zone;
  ALTER TABLE "disclosures" ADD CONSTRAINT "disclosures_secrecy_review_submitted_by_id_users_id_fk" FOREIGN KEY ("secrecy_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_disclosures_v" ADD CONSTRAINT "_disclosures_v_version_secrecy_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_secrecy_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "interpretations" ADD CONSTRAINT "interpretations_secrecy_review_submitted_by_id_users_id_fk" FOREIGN KEY ("secrecy_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_interpretations_v" ADD CONSTRAINT "_interpretations_v_version_secrecy_review_submitted_by_id_users_id_fk" FOREIGN KEY ("version_secrecy_review_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "disclosures_secrecy_review_secrecy_review_submitted_by_idx" ON "disclosures" USING btree ("secrecy_review_submitted_by_id");
  CREATE INDEX "disclosures_secrecy_review_secrecy_review_submitted_at_idx" ON "disclosures" USING btree ("secrecy_review_submitted_at");
  CREATE INDEX "_disclosures_v_version_secrecy_review_version_secrecy__2_idx" ON "_disclosures_v" USING btree ("version_secrecy_review_submitted_by_id");
  CREATE INDEX "_disclosures_v_version_secrecy_review_version_secrecy__3_idx" ON "_disclosures_v" USING btree ("version_secrecy_review_submitted_at");
  CREATE INDEX "interpretations_secrecy_review_secrecy_review_submitted__idx" ON "interpretations" USING btree ("secrecy_review_submitted_by_id");
  CREATE INDEX "interpretations_secrecy_review_secrecy_review_submitte_1_idx" ON "interpretations" USING btree ("secrecy_review_submitted_at");
  CREATE INDEX "_interpretations_v_version_secrecy_review_version_secr_2_idx" ON "_interpretations_v" USING btree ("version_secrecy_review_submitted_by_id");
  CREATE INDEX "_interpretations_v_version_secrecy_review_version_secr_3_idx" ON "_interpretations_v" USING btree ("version_secrecy_review_submitted_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "disclosures" DROP CONSTRAINT "disclosures_secrecy_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_disclosures_v" DROP CONSTRAINT "_disclosures_v_version_secrecy_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "interpretations" DROP CONSTRAINT "interpretations_secrecy_review_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_interpretations_v" DROP CONSTRAINT "_interpretations_v_version_secrecy_review_submitted_by_id_users_id_fk";
  
  DROP INDEX "disclosures_secrecy_review_secrecy_review_submitted_by_idx";
  DROP INDEX "disclosures_secrecy_review_secrecy_review_submitted_at_idx";
  DROP INDEX "_disclosures_v_version_secrecy_review_version_secrecy__2_idx";
  DROP INDEX "_disclosures_v_version_secrecy_review_version_secrecy__3_idx";
  DROP INDEX "interpretations_secrecy_review_secrecy_review_submitted__idx";
  DROP INDEX "interpretations_secrecy_review_secrecy_review_submitte_1_idx";
  DROP INDEX "_interpretations_v_version_secrecy_review_version_secr_2_idx";
  DROP INDEX "_interpretations_v_version_secrecy_review_version_secr_3_idx";
  ALTER TABLE "disclosures" DROP COLUMN "secrecy_review_submitted_by_id";
  ALTER TABLE "disclosures" DROP COLUMN "secrecy_review_submitted_at";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_secrecy_review_submitted_by_id";
  ALTER TABLE "_disclosures_v" DROP COLUMN "version_secrecy_review_submitted_at";
  ALTER TABLE "interpretations" DROP COLUMN "secrecy_review_submitted_by_id";
  ALTER TABLE "interpretations" DROP COLUMN "secrecy_review_submitted_at";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_secrecy_review_submitted_by_id";
  ALTER TABLE "_interpretations_v" DROP COLUMN "version_secrecy_review_submitted_at";`)
}
