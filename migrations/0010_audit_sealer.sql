ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_tenant_id_seq_pk";--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "seq" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "prev_hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "hash" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "id" text;--> statement-breakpoint
-- Entries written before the sealer existed are already chained; their ids sort before any new one.
UPDATE "audit_log" SET "id" = 'aud_' || lpad("seq"::text, 26, '0');--> statement-breakpoint
ALTER TABLE "audit_log" ALTER COLUMN "id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_id_pk" PRIMARY KEY("tenant_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "audit_log_chain" ON "audit_log" USING btree ("tenant_id","seq");--> statement-breakpoint
CREATE INDEX "audit_log_unsealed" ON "audit_log" USING btree ("tenant_id","id") WHERE "audit_log"."seq" is null;
