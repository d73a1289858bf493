CREATE TABLE "loyalty_care_sends" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"action" text NOT NULL,
	"year" integer NOT NULL,
	"channel" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_entries" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"reason" text NOT NULL,
	"points" integer NOT NULL,
	"expires_at" date,
	"amount" text,
	"note" text,
	"source_key" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_members" (
	"tenant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"referral_code" text NOT NULL,
	"referred_by" text,
	"referral_rewarded_at" timestamp with time zone,
	"birthday" text,
	"care_opt_out" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "loyalty_members_tenant_id_customer_id_pk" PRIMARY KEY("tenant_id","customer_id")
);
--> statement-breakpoint
CREATE TABLE "loyalty_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "loyalty_vouchers" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"code" text NOT NULL,
	"value" integer NOT NULL,
	"entry_id" text NOT NULL,
	"used_at" timestamp with time zone,
	"used_on" text,
	"used_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_care_sends_once_idx" ON "loyalty_care_sends" USING btree ("tenant_id","customer_id","action","year");--> statement-breakpoint
CREATE INDEX "loyalty_entries_tenant_customer_idx" ON "loyalty_entries" USING btree ("tenant_id","customer_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_entries_tenant_source_idx" ON "loyalty_entries" USING btree ("tenant_id","source_key") WHERE source_key is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_members_tenant_code_idx" ON "loyalty_members" USING btree ("tenant_id","referral_code");--> statement-breakpoint
CREATE UNIQUE INDEX "loyalty_vouchers_tenant_code_idx" ON "loyalty_vouchers" USING btree ("tenant_id","code");--> statement-breakpoint
CREATE INDEX "loyalty_vouchers_tenant_customer_idx" ON "loyalty_vouchers" USING btree ("tenant_id","customer_id");