ALTER TABLE "analytics_alert_rules" ADD COLUMN "name_en" text;--> statement-breakpoint
ALTER TABLE "analytics_alert_rules" ADD COLUMN "region_managers" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_alerts" ADD COLUMN "label_en" text;