CREATE TABLE "analytics_dirty_tickets" (
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	CONSTRAINT "analytics_dirty_tickets_tenant_id_ticket_id_pk" PRIMARY KEY("tenant_id","ticket_id")
);
--> statement-breakpoint
CREATE TABLE "analytics_kpi_targets" (
	"tenant_id" text NOT NULL,
	"kpi" text NOT NULL,
	"target" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "analytics_kpi_targets_tenant_id_kpi_pk" PRIMARY KEY("tenant_id","kpi")
);
--> statement-breakpoint
CREATE TABLE "analytics_rollups" (
	"tenant_id" text NOT NULL,
	"dim" text NOT NULL,
	"key" text NOT NULL,
	"day" date NOT NULL,
	"m_created" bigint DEFAULT 0 NOT NULL,
	"m_open" bigint DEFAULT 0 NOT NULL,
	"m_first_response_n" bigint DEFAULT 0 NOT NULL,
	"m_first_response_ms" bigint DEFAULT 0 NOT NULL,
	"m_resolved_n" bigint DEFAULT 0 NOT NULL,
	"m_resolution_ms" bigint DEFAULT 0 NOT NULL,
	"m_done_now" bigint DEFAULT 0 NOT NULL,
	"m_closed_now" bigint DEFAULT 0 NOT NULL,
	"m_reopened_n" bigint DEFAULT 0 NOT NULL,
	"m_fcr_n" bigint DEFAULT 0 NOT NULL,
	"m_sla_n" bigint DEFAULT 0 NOT NULL,
	"m_sla_on_time_n" bigint DEFAULT 0 NOT NULL,
	"m_escalated_n" bigint DEFAULT 0 NOT NULL,
	"m_complaint_n" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "analytics_rollups_tenant_id_dim_day_key_pk" PRIMARY KEY("tenant_id","dim","day","key")
);
--> statement-breakpoint
CREATE TABLE "analytics_ticket_facts" (
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"day" date NOT NULL,
	"keys" text[] NOT NULL,
	"measures" bigint[] NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "analytics_ticket_facts_tenant_id_ticket_id_pk" PRIMARY KEY("tenant_id","ticket_id")
);
