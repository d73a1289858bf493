CREATE TABLE "kb_sop_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"sop_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_sops" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"scene" text NOT NULL,
	"title_zh" text NOT NULL,
	"title_en" text NOT NULL,
	"ticket_types" text[] DEFAULT '{}'::text[] NOT NULL,
	"product_line" text,
	"visit_kind" text,
	"required" boolean DEFAULT false NOT NULL,
	"steps" jsonb NOT NULL,
	"status" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "kb_ticket_articles" (
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"article_id" text NOT NULL,
	"linked_by" text NOT NULL,
	"linked_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kb_ticket_articles_tenant_id_ticket_id_article_id_pk" PRIMARY KEY("tenant_id","ticket_id","article_id")
);
--> statement-breakpoint
CREATE TABLE "kb_ticket_sop_steps" (
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"sop_id" text NOT NULL,
	"step_id" text NOT NULL,
	"done_by" text NOT NULL,
	"done_at" timestamp with time zone NOT NULL,
	CONSTRAINT "kb_ticket_sop_steps_tenant_id_ticket_id_sop_id_step_id_pk" PRIMARY KEY("tenant_id","ticket_id","sop_id","step_id")
);
--> statement-breakpoint
ALTER TABLE "kb_articles" ADD COLUMN "linked_tickets" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "kb_sop_versions_sop_idx" ON "kb_sop_versions" USING btree ("tenant_id","sop_id","version");--> statement-breakpoint
CREATE INDEX "kb_sops_tenant_idx" ON "kb_sops" USING btree ("tenant_id","status","id");--> statement-breakpoint
CREATE INDEX "kb_ticket_articles_article_idx" ON "kb_ticket_articles" USING btree ("tenant_id","article_id");