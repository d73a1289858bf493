CREATE TABLE "email_address_status" (
	"tenant_id" text NOT NULL,
	"address" text NOT NULL,
	"bounced_at" timestamp with time zone,
	"auto_replied_at" timestamp with time zone,
	CONSTRAINT "email_address_status_tenant_id_address_pk" PRIMARY KEY("tenant_id","address")
);
--> statement-breakpoint
CREATE TABLE "email_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"message_id" text NOT NULL,
	"direction" text NOT NULL,
	"mailbox_id" text,
	"ticket_id" text,
	"ticket_message_id" text,
	"ignored" text,
	"from_address" text,
	"to_address" text,
	"subject" text NOT NULL,
	"raw_key" text,
	"attachments" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mailboxes" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"address" text NOT NULL,
	"token_hash" text NOT NULL,
	"imap" jsonb,
	"smtp" jsonb,
	"create_unknown_customers" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "outbound_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"channel" text NOT NULL,
	"kind" text NOT NULL,
	"ticket_id" text,
	"recipient" text NOT NULL,
	"subject" text,
	"body" text NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"provider_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "phone_calls" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"direction" text NOT NULL,
	"number" text NOT NULL,
	"duration_seconds" integer NOT NULL,
	"summary" text NOT NULL,
	"ticket_id" text,
	"customer_id" text,
	"agent_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "email_messages_tenant_msgid_idx" ON "email_messages" USING btree ("tenant_id","message_id");--> statement-breakpoint
CREATE INDEX "email_messages_tenant_ticket_idx" ON "email_messages" USING btree ("tenant_id","ticket_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "mailboxes_tenant_address_idx" ON "mailboxes" USING btree ("tenant_id","address");--> statement-breakpoint
CREATE INDEX "outbound_messages_tenant_ticket_idx" ON "outbound_messages" USING btree ("tenant_id","ticket_id","created_at");--> statement-breakpoint
CREATE INDEX "phone_calls_tenant_customer_idx" ON "phone_calls" USING btree ("tenant_id","customer_id","created_at");