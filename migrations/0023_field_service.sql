CREATE TABLE "network_nodes" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"parent_id" text,
	"level" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"partner" boolean DEFAULT false NOT NULL,
	"path" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "network_staff" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"node_id" text NOT NULL,
	CONSTRAINT "network_staff_tenant_id_user_id_pk" PRIMARY KEY("tenant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "technicians" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"node_id" text NOT NULL,
	"skills" text[] NOT NULL,
	"work_days" integer[] NOT NULL,
	"shift_start" integer NOT NULL,
	"shift_end" integer NOT NULL,
	"van_site" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "technicians_tenant_id_user_id_pk" PRIMARY KEY("tenant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "visits" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"ticket_number" text NOT NULL,
	"customer_id" text NOT NULL,
	"node_id" text NOT NULL,
	"node_path" text NOT NULL,
	"kind" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"address" text NOT NULL,
	"required_skills" text[] NOT NULL,
	"window_start" timestamp with time zone,
	"window_end" timestamp with time zone,
	"technician_id" text,
	"status" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"check_in_lat" real,
	"check_in_lng" real,
	"checked_out_at" timestamp with time zone,
	"work_notes" text,
	"parts" jsonb NOT NULL,
	"signature" text,
	"signed_by" text,
	"signed_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "network_nodes_tenant_path_idx" ON "network_nodes" USING btree ("tenant_id","path");--> statement-breakpoint
CREATE INDEX "technicians_tenant_node_idx" ON "technicians" USING btree ("tenant_id","node_id");--> statement-breakpoint
CREATE INDEX "visits_tenant_path_idx" ON "visits" USING btree ("tenant_id","node_path");--> statement-breakpoint
CREATE INDEX "visits_tenant_tech_window_idx" ON "visits" USING btree ("tenant_id","technician_id","window_start");--> statement-breakpoint
CREATE INDEX "visits_tenant_ticket_idx" ON "visits" USING btree ("tenant_id","ticket_id");