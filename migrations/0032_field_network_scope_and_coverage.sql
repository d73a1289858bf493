CREATE TABLE "network_coverage" (
	"tenant_id" text NOT NULL,
	"node_id" text NOT NULL,
	"division_code" text NOT NULL,
	CONSTRAINT "network_coverage_tenant_id_node_id_division_code_pk" PRIMARY KEY("tenant_id","node_id","division_code")
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "node_path" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "division_code" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "street" text;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "lat" real;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "lng" real;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "report_token" text;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "node_path" text;--> statement-breakpoint
CREATE INDEX "customers_tenant_division_idx" ON "customers" USING btree ("tenant_id","division_code");--> statement-breakpoint
CREATE UNIQUE INDEX "visits_report_token_idx" ON "visits" USING btree ("report_token");--> statement-breakpoint
CREATE INDEX "tickets_tenant_node_idx" ON "tickets" USING btree ("tenant_id","node_path");--> statement-breakpoint
-- Staff already attached to a node (or technicians with a home node) keep seeing what they saw.
UPDATE "users" u SET "node_path" = COALESCE(
  (SELECT n."path" FROM "network_staff" s JOIN "network_nodes" n ON n."tenant_id" = s."tenant_id" AND n."id" = s."node_id"
    WHERE s."tenant_id" = u."tenant_id" AND s."user_id" = u."id"),
  (SELECT n."path" FROM "technicians" t JOIN "network_nodes" n ON n."tenant_id" = t."tenant_id" AND n."id" = t."node_id"
    WHERE t."tenant_id" = u."tenant_id" AND t."user_id" = u."id"));--> statement-breakpoint
-- A ticket with visits belongs to the node of its first visit.
UPDATE "tickets" k SET "node_path" = (
  SELECT v."node_path" FROM "visits" v WHERE v."tenant_id" = k."tenant_id" AND v."ticket_id" = k."id"
  ORDER BY v."created_at" LIMIT 1)
WHERE EXISTS (SELECT 1 FROM "visits" v WHERE v."tenant_id" = k."tenant_id" AND v."ticket_id" = k."id");--> statement-breakpoint
-- Reports already issued get their verification code.
UPDATE "visits" SET "report_token" = replace(gen_random_uuid()::text, '-', '') WHERE "status" = 'done';
