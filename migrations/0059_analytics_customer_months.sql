CREATE TABLE "analytics_customer_months" (
	"tenant_id" text NOT NULL,
	"month" date NOT NULL,
	"active" bigint DEFAULT 0 NOT NULL,
	"referring" bigint DEFAULT 0 NOT NULL,
	"buyers" bigint DEFAULT 0 NOT NULL,
	"repeat_buyers" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_customer_months_tenant_id_month_pk" PRIMARY KEY("tenant_id","month")
);
--> statement-breakpoint
CREATE INDEX "analytics_customer_days_referral_idx" ON "analytics_customer_days" USING btree ("tenant_id","day") WHERE referral;--> statement-breakpoint
-- Filled from the summary rows already there (kpis/customer-months.ts: customerMonthShares); from
-- now on each refresh of a customer moves their share.
INSERT INTO "analytics_customer_months" ("tenant_id", "month", "active", "referring", "buyers", "repeat_buyers")
WITH cm AS (
  SELECT tenant_id, customer_id, date_trunc('month', day)::date AS month,
    bool_or(active) AS active, bool_or(referral) AS referral, bool_or(purchase) AS purchase,
    bool_or(purchase AND second_purchase <= (date_trunc('month', day) + interval '1 month' - interval '1 day')::date) AS repeat
  FROM analytics_customer_days
  GROUP BY 1, 2, 3)
SELECT tenant_id, month,
  count(*) FILTER (WHERE active), count(*) FILTER (WHERE active AND referral),
  count(*) FILTER (WHERE purchase), count(*) FILTER (WHERE repeat)
FROM cm GROUP BY 1, 2;
