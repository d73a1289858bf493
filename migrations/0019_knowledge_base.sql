CREATE TABLE "kb_article_versions" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"article_id" text NOT NULL,
	"version" integer NOT NULL,
	"status" text NOT NULL,
	"snapshot" jsonb NOT NULL,
	"changed_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_articles" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"translation_key" text NOT NULL,
	"locale" text NOT NULL,
	"category" text,
	"product_line" text,
	"fault_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"status" text NOT NULL,
	"visibility" text DEFAULT 'public' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"helpful" integer DEFAULT 0 NOT NULL,
	"not_helpful" integer DEFAULT 0 NOT NULL,
	"deflected" integer DEFAULT 0 NOT NULL,
	"updated_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"review_by" date
);
--> statement-breakpoint
CREATE TABLE "kb_gaps" (
	"tenant_id" text NOT NULL,
	"question" text NOT NULL,
	"asked" integer DEFAULT 1 NOT NULL,
	"last_asked_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "kb_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"synonyms" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "kb_article_versions_article_idx" ON "kb_article_versions" USING btree ("tenant_id","article_id","version");--> statement-breakpoint
CREATE INDEX "kb_articles_tenant_idx" ON "kb_articles" USING btree ("tenant_id","status","id");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_articles_translation_idx" ON "kb_articles" USING btree ("tenant_id","translation_key","locale");--> statement-breakpoint
CREATE UNIQUE INDEX "kb_gaps_question_idx" ON "kb_gaps" USING btree ("tenant_id","question");