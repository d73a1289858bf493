CREATE TABLE "checklist_templates" (
	"tenant_id" text NOT NULL,
	"kind" text NOT NULL,
	"product_line" text NOT NULL,
	"steps" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "checklist_templates_tenant_id_kind_product_line_pk" PRIMARY KEY("tenant_id","kind","product_line")
);
--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "eta_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "reminded_for" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "visits" ADD COLUMN "checklist" jsonb DEFAULT '[]'::jsonb NOT NULL;