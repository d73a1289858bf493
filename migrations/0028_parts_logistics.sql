ALTER TABLE "analytics_rollups" ADD COLUMN "m_repair_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_repair_parts_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_parts_wait_n" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "analytics_rollups" ADD COLUMN "m_parts_wait_ms" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "stock_movements_tenant_reservation_idx" ON "stock_movements" USING btree ("tenant_id","reservation_id") WHERE reservation_id is not null;