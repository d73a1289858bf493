CREATE TABLE "chat_conversations" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"channel" text NOT NULL,
	"status" text NOT NULL,
	"customer_id" text,
	"visitor_name" text,
	"visitor_phone" text,
	"external_id" text,
	"visitor_token_hash" text,
	"locale" text NOT NULL,
	"assignee_id" text,
	"ticket_id" text,
	"articles_tried" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"handoff_reason" text,
	"last_seq" integer DEFAULT 0 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"customer_typing_at" timestamp with time zone,
	"agent_typing_at" timestamp with time zone,
	"waiting_since" timestamp with time zone,
	"closed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "chat_messages" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"conversation_id" text NOT NULL,
	"seq" integer NOT NULL,
	"author" text NOT NULL,
	"author_id" text,
	"author_name" text,
	"text" text NOT NULL,
	"article" jsonb,
	"code" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "chat_conversations_tenant_status_idx" ON "chat_conversations" USING btree ("tenant_id","status","waiting_since");--> statement-breakpoint
CREATE INDEX "chat_conversations_tenant_assignee_idx" ON "chat_conversations" USING btree ("tenant_id","assignee_id","status");--> statement-breakpoint
CREATE INDEX "chat_conversations_tenant_external_idx" ON "chat_conversations" USING btree ("tenant_id","channel","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chat_messages_tenant_conversation_seq_idx" ON "chat_messages" USING btree ("tenant_id","conversation_id","seq");