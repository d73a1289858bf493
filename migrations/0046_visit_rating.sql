ALTER TABLE "visits" ADD COLUMN "rating" integer;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "rating_comment" text;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "rated_at" timestamp with time zone;