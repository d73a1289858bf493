ALTER TABLE "visits" ADD COLUMN "photos" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "remote_outcome" text;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "follow_up_visit_id" text;