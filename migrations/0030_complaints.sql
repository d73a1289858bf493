CREATE TABLE "complaint_approval_limits" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"limit" numeric(12, 2),
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "complaint_approval_limits_tenant_id_user_id_pk" PRIMARY KEY("tenant_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "complaint_participants" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"complaint_id" text NOT NULL,
	"department" text NOT NULL,
	"user_id" text,
	"team_id" text,
	"task" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"done_at" timestamp with time zone,
	"done_by" text,
	"done_note" text,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaint_settings" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"major_rules" jsonb NOT NULL,
	"approval_limits" jsonb NOT NULL,
	"service_manager_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "complaints" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"ticket_number" text NOT NULL,
	"customer_id" text NOT NULL,
	"unit_id" text,
	"product_id" text,
	"origin_ticket_id" text,
	"origin_ticket_number" text,
	"source_channel" text NOT NULL,
	"nature" text NOT NULL,
	"severity" text NOT NULL,
	"major_reasons" jsonb NOT NULL,
	"amount_involved" numeric(12, 2),
	"status" text NOT NULL,
	"escalated_to" text,
	"escalated_at" timestamp with time zone,
	"root_cause" text,
	"compensation_kind" text,
	"compensation_amount" numeric(12, 2),
	"corrective_action" text,
	"improvement_ref" text,
	"accountable_who" text,
	"accountable_what" text,
	"plan_by" text,
	"plan_at" timestamp with time zone,
	"approved_by" text,
	"approved_at" timestamp with time zone,
	"rejected_by" text,
	"rejected_at" timestamp with time zone,
	"rejection_reason" text,
	"compensation_executed_at" timestamp with time zone,
	"corrective_done_at" timestamp with time zone,
	"execution_note" text,
	"satisfaction" text,
	"reopen_count" integer DEFAULT 0 NOT NULL,
	"reopen_reason" text,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "complaint_participants_tenant_complaint_idx" ON "complaint_participants" USING btree ("tenant_id","complaint_id");--> statement-breakpoint
CREATE INDEX "complaint_participants_tenant_user_idx" ON "complaint_participants" USING btree ("tenant_id","user_id","done_at");--> statement-breakpoint
CREATE UNIQUE INDEX "complaints_tenant_ticket_idx" ON "complaints" USING btree ("tenant_id","ticket_id");--> statement-breakpoint
CREATE INDEX "complaints_tenant_created_idx" ON "complaints" USING btree ("tenant_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "complaints_tenant_customer_idx" ON "complaints" USING btree ("tenant_id","customer_id","created_at");