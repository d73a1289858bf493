CREATE TABLE "unit_transfer_offers" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"serial" text NOT NULL,
	"from_customer_id" text NOT NULL,
	"email" text,
	"phone_digits" text,
	"status" text NOT NULL,
	"accepted_by" text,
	"decided_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "unit_transfer_offers_tenant_from_idx" ON "unit_transfer_offers" USING btree ("tenant_id","from_customer_id");--> statement-breakpoint
CREATE INDEX "unit_transfer_offers_tenant_email_idx" ON "unit_transfer_offers" USING btree ("tenant_id","email");--> statement-breakpoint
CREATE INDEX "unit_transfer_offers_tenant_phone_idx" ON "unit_transfer_offers" USING btree ("tenant_id","phone_digits");