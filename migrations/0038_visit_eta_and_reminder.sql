ALTER TABLE "visits" ADD COLUMN "eta_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "reminded_for" timestamp with time zone;