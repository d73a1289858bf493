CREATE TABLE "old_part_returns" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"part_id" text NOT NULL,
	"site_id" text NOT NULL,
	"reservation_id" text NOT NULL,
	"ticket_id" text,
	"qty" integer NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "parts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"part_no" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"price_cents" integer,
	"unit" text DEFAULT 'pcs' NOT NULL,
	"compatible_skus" text[] DEFAULT '{}'::text[] NOT NULL,
	"substitutes" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "shipments" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"purpose" text NOT NULL,
	"carrier" text NOT NULL,
	"tracking_no" text NOT NULL,
	"status" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_balances" (
	"tenant_id" text NOT NULL,
	"site_id" text NOT NULL,
	"part_id" text NOT NULL,
	"on_hand" integer DEFAULT 0 NOT NULL,
	"reserved" integer DEFAULT 0 NOT NULL,
	"defective" integer DEFAULT 0 NOT NULL,
	"reorder_point" integer,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "stock_balances_tenant_id_site_id_part_id_pk" PRIMARY KEY("tenant_id","site_id","part_id")
);
--> statement-breakpoint
CREATE TABLE "stock_movements" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"part_id" text NOT NULL,
	"site_id" text NOT NULL,
	"kind" text NOT NULL,
	"qty" integer NOT NULL,
	"on_hand_delta" integer NOT NULL,
	"reserved_delta" integer NOT NULL,
	"defective_delta" integer NOT NULL,
	"reservation_id" text,
	"ticket_id" text,
	"actor_id" text,
	"note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_reservations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"part_id" text NOT NULL,
	"site_id" text NOT NULL,
	"qty" integer NOT NULL,
	"status" text NOT NULL,
	"ticket_id" text,
	"rma_id" text,
	"visit_id" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_sites" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"owner_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stock_transfers" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"part_id" text NOT NULL,
	"from_site_id" text NOT NULL,
	"to_site_id" text NOT NULL,
	"qty" integer NOT NULL,
	"status" text NOT NULL,
	"shipment_id" text NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "old_part_returns_tenant_status_idx" ON "old_part_returns" USING btree ("tenant_id","status","created_at");--> statement-breakpoint
CREATE INDEX "old_part_returns_tenant_ticket_idx" ON "old_part_returns" USING btree ("tenant_id","ticket_id");--> statement-breakpoint
CREATE UNIQUE INDEX "parts_tenant_part_no_idx" ON "parts" USING btree ("tenant_id","part_no");--> statement-breakpoint
CREATE INDEX "shipments_tenant_tracking_idx" ON "shipments" USING btree ("tenant_id","tracking_no");--> statement-breakpoint
CREATE INDEX "stock_balances_tenant_part_idx" ON "stock_balances" USING btree ("tenant_id","part_id");--> statement-breakpoint
CREATE INDEX "stock_movements_tenant_part_idx" ON "stock_movements" USING btree ("tenant_id","part_id","created_at");--> statement-breakpoint
CREATE INDEX "stock_movements_tenant_site_idx" ON "stock_movements" USING btree ("tenant_id","site_id","created_at");--> statement-breakpoint
CREATE INDEX "stock_reservations_tenant_ticket_idx" ON "stock_reservations" USING btree ("tenant_id","ticket_id");--> statement-breakpoint
CREATE INDEX "stock_reservations_tenant_waiting_idx" ON "stock_reservations" USING btree ("tenant_id","site_id","part_id","created_at") WHERE status = 'waiting';--> statement-breakpoint
CREATE UNIQUE INDEX "stock_sites_tenant_code_idx" ON "stock_sites" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "stock_transfers_tenant_created_idx" ON "stock_transfers" USING btree ("tenant_id","created_at");