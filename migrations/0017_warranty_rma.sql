CREATE TABLE "rma_counters" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rma_steps" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"rma_id" text NOT NULL,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" text,
	"data" jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rmas" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"number" text NOT NULL,
	"ticket_id" text NOT NULL,
	"ticket_number" text NOT NULL,
	"customer_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"unit_serial" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"entitlement" jsonb NOT NULL,
	"entitled" boolean NOT NULL,
	"override_reason" text,
	"override_by" text,
	"inspection" jsonb,
	"carrier" text,
	"tracking_no" text,
	"replacement_serial" text,
	"refund_amount" numeric(12, 2),
	"created_by" text,
	"received_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_repairs" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"unit_id" text NOT NULL,
	"start" date NOT NULL,
	"end" date,
	"problem" text,
	"waiting_parts_days" integer DEFAULT 0 NOT NULL,
	"delay_cause" text,
	"replaced" text,
	"source" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "warranty_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"overrides" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "sanbao_rule" text;--> statement-breakpoint
ALTER TABLE "products" ADD COLUMN "sanbao_category" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "invoice_date" date;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "delivery_date" date;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "sale_channel" text;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "has_invoice" boolean;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "has_voucher" boolean;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "invoice_price" numeric(12, 2);--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "exchanged_on" date;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "exchanged_from_serial" text;--> statement-breakpoint
CREATE INDEX "rma_steps_tenant_rma_idx" ON "rma_steps" USING btree ("tenant_id","rma_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "rmas_tenant_number_idx" ON "rmas" USING btree ("tenant_id","number");--> statement-breakpoint
CREATE INDEX "rmas_tenant_status_idx" ON "rmas" USING btree ("tenant_id","status","id");--> statement-breakpoint
CREATE INDEX "rmas_tenant_ticket_idx" ON "rmas" USING btree ("tenant_id","ticket_id");--> statement-breakpoint
CREATE INDEX "unit_repairs_tenant_unit_idx" ON "unit_repairs" USING btree ("tenant_id","unit_id","start");