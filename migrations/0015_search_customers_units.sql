ALTER TABLE "customers" ADD COLUMN "phone_digits" text GENERATED ALWAYS AS (regexp_replace(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'), '^(00)?86(1[0-9]{10})$', '\2')) STORED;--> statement-breakpoint
ALTER TABLE "customers" ADD COLUMN "search_tokens" text[] GENERATED ALWAYS AS (text_search_tokens("name" || ' ' || coalesce("email", '') || ' ' || regexp_replace(regexp_replace(coalesce("phone", ''), '[^0-9]', '', 'g'), '^(00)?86(1[0-9]{10})$', '\2'))) STORED NOT NULL;--> statement-breakpoint
ALTER TABLE "units" ADD COLUMN "search_tokens" text[] GENERATED ALWAYS AS (text_search_tokens("serial")) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "customers_tenant_phone_digits_idx" ON "customers" USING btree ("tenant_id","phone_digits");--> statement-breakpoint
CREATE INDEX "customers_search_tokens_idx" ON "customers" USING gin ("search_tokens");--> statement-breakpoint
CREATE INDEX "units_search_tokens_idx" ON "units" USING gin ("search_tokens");