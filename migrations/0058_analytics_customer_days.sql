CREATE TABLE "analytics_churn_months" (
	"tenant_id" text NOT NULL,
	"month" date NOT NULL,
	"den" bigint DEFAULT 0 NOT NULL,
	"num" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_churn_months_tenant_id_month_pk" PRIMARY KEY("tenant_id","month")
);
--> statement-breakpoint
CREATE TABLE "analytics_customer_days" (
	"tenant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"day" date NOT NULL,
	"active" boolean NOT NULL,
	"purchase" boolean NOT NULL,
	"referral" boolean NOT NULL,
	"next_active" date,
	"second_purchase" date,
	CONSTRAINT "analytics_customer_days_tenant_id_customer_id_day_pk" PRIMARY KEY("tenant_id","customer_id","day")
);
--> statement-breakpoint
CREATE TABLE "analytics_dirty_customers" (
	"tenant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	CONSTRAINT "analytics_dirty_customers_tenant_id_customer_id_pk" PRIMARY KEY("tenant_id","customer_id")
);
--> statement-breakpoint
CREATE INDEX "analytics_customer_days_tenant_day_idx" ON "analytics_customer_days" USING btree ("tenant_id","day");--> statement-breakpoint
-- The first fill: every existing customer is marked, so the next refresh builds their summary.
INSERT INTO "analytics_dirty_customers" ("tenant_id", "customer_id") SELECT "tenant_id", "id" FROM "customers" ON CONFLICT DO NOTHING;
