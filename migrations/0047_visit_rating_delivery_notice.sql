ALTER TABLE "visits" ADD COLUMN "rating" integer;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "rating_comment" text;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "rated_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "delivery" jsonb;--> statement-breakpoint
ALTER TABLE "tenants" ADD COLUMN "visit_notice_hours" integer DEFAULT 24 NOT NULL;