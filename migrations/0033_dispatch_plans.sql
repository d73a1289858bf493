CREATE TABLE "dispatch_plans" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"node_id" text NOT NULL,
	"day" text NOT NULL,
	"status" text NOT NULL,
	"fingerprint" text NOT NULL,
	"proposal" jsonb NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"applied_at" timestamp with time zone,
	"applied_by" text
);
--> statement-breakpoint
ALTER TABLE "technicians" ADD COLUMN "home_lat" real;--> statement-breakpoint
ALTER TABLE "technicians" ADD COLUMN "home_lng" real;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "lat" real;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "lng" real;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "planned_start" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "dispatch_plans_tenant_node_day_idx" ON "dispatch_plans" USING btree ("tenant_id","node_id","day");