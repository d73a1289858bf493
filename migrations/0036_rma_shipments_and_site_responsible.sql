ALTER TABLE "shipments" ADD COLUMN "rma_id" text;--> statement-breakpoint
ALTER TABLE "stock_sites" ADD COLUMN "responsible_id" text;--> statement-breakpoint
CREATE INDEX "shipments_tenant_rma_idx" ON "shipments" USING btree ("tenant_id","rma_id") WHERE rma_id is not null;