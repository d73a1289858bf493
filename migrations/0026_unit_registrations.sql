CREATE TABLE "unit_registrations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"serial" text NOT NULL,
	"product_id" text NOT NULL,
	"purchased_at" date NOT NULL,
	"status" text NOT NULL,
	"conflict_customer_id" text,
	"invoice_name" text NOT NULL,
	"invoice_type" text NOT NULL,
	"invoice_size" integer NOT NULL,
	"invoice_key" text,
	"reject_reason" text,
	"reviewed_by" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "unit_registrations_tenant_status_idx" ON "unit_registrations" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "unit_registrations_tenant_customer_idx" ON "unit_registrations" USING btree ("tenant_id","customer_id");