CREATE TABLE "audit_checkpoints" (
	"tenant_id" text NOT NULL,
	"id" text NOT NULL,
	"tree_size" bigint NOT NULL,
	"root_hash" text NOT NULL,
	"signed_at" timestamp with time zone NOT NULL,
	"note" text NOT NULL,
	CONSTRAINT "audit_checkpoints_tenant_id_id_pk" PRIMARY KEY("tenant_id","id")
);
--> statement-breakpoint
CREATE TABLE "audit_tree_nodes" (
	"tenant_id" text NOT NULL,
	"level" smallint NOT NULL,
	"idx" bigint NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "audit_tree_nodes_tenant_id_level_idx_pk" PRIMARY KEY("tenant_id","level","idx")
);
--> statement-breakpoint
ALTER TABLE "audit_heads" ADD COLUMN "frontier" jsonb;--> statement-breakpoint
ALTER TABLE "audit_heads" ADD COLUMN "sealer_error" text;--> statement-breakpoint
ALTER TABLE "audit_heads" ADD COLUMN "sealer_error_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "salt" text;--> statement-breakpoint
ALTER TABLE "audit_log" ADD COLUMN "leaf_hash" text;--> statement-breakpoint
CREATE INDEX "audit_checkpoints_size" ON "audit_checkpoints" USING btree ("tenant_id","tree_size");