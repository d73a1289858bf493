CREATE TABLE "analytics_cost_rates" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"per_visit_cents" integer NOT NULL,
	"per_hour_cents" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_visit_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_remote_visit_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_remote_outcome_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_remote_solved_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_onsite_ticket_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_rework_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_unit_repair_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_repeat_repair_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_parts_cost_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_service_cost_cents" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "tickets_tenant_unit_created_idx" ON "tickets" USING btree ("tenant_id","unit_id","created_at") WHERE unit_id is not null;--> statement-breakpoint
-- Issue 19: visits, rework, repeat repair and cost measures (appended to MEASURES, so a fact's
-- measures grow from 24 to 34). Backfill: every ticket is marked changed, so the refresh (the
-- analytics.rollups schedule, or the tenant's next KPI request) re-reads it through readTicketFacts,
-- the one definition of the measures. A stored fact has no value for the new measures, which the
-- refresh reads as 0: it takes out nothing of them and adds what the ticket now contributes, while
-- the old measures move by zero — so rollups and facts agree without a second copy of the formulas.
INSERT INTO "analytics_dirty_tickets" ("tenant_id", "ticket_id")
SELECT "tenant_id", "id" FROM "tickets"
ON CONFLICT DO NOTHING;
