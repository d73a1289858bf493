-- Gaps get an id (the editor's draft/dismiss act on one), where they were asked, the article
-- written for them and when it was published, and who dismissed them. Existing gaps take an id
-- derived from their question, so the column can be NOT NULL at once.
ALTER TABLE "kb_gaps" ADD COLUMN "id" text;--> statement-breakpoint
UPDATE "kb_gaps" SET "id" = 'kbg_' || substr(md5("tenant_id" || ':' || "question"), 1, 24);--> statement-breakpoint
ALTER TABLE "kb_gaps" ALTER COLUMN "id" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "kb_gaps" ADD COLUMN "source" text;--> statement-breakpoint
ALTER TABLE "kb_gaps" ADD COLUMN "article_id" text;--> statement-breakpoint
ALTER TABLE "kb_gaps" ADD COLUMN "addressed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kb_gaps" ADD COLUMN "dismissed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "kb_gaps" ADD COLUMN "dismissed_by" text;--> statement-breakpoint
CREATE UNIQUE INDEX "kb_gaps_id_idx" ON "kb_gaps" USING btree ("tenant_id","id");--> statement-breakpoint
CREATE INDEX "kb_gaps_article_idx" ON "kb_gaps" USING btree ("tenant_id","article_id");
