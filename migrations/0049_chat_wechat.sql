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
CREATE TABLE "wechat_accounts" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"app_id" text NOT NULL,
	"original_id" text NOT NULL,
	"token" text NOT NULL,
	"encoding_aes_key" text,
	"mode" text NOT NULL,
	"templates" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wechat_followers" (
	"tenant_id" text NOT NULL,
	"open_id" text NOT NULL,
	"customer_id" text,
	"subscribed" boolean DEFAULT true NOT NULL,
	"bound_by" text,
	"bound_at" timestamp with time zone,
	"pending_customer_id" text,
	"code_hash" text,
	"code_expires_at" timestamp with time zone,
	"code_attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wechat_followers_tenant_id_open_id_pk" PRIMARY KEY("tenant_id","open_id")
);
--> statement-breakpoint
CREATE TABLE "wechat_local_outbox" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"open_id" text NOT NULL,
	"kind" text NOT NULL,
	"idempotency_key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "wechat_seen" (
	"tenant_id" text NOT NULL,
	"key" text NOT NULL,
	"seen_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "wechat_seen_tenant_id_key_pk" PRIMARY KEY("tenant_id","key")
);
--> statement-breakpoint
CREATE INDEX "chat_conversations_tenant_status_idx" ON "chat_conversations" USING btree ("tenant_id","status","waiting_since");--> statement-breakpoint
CREATE INDEX "chat_conversations_tenant_assignee_idx" ON "chat_conversations" USING btree ("tenant_id","assignee_id","status");--> statement-breakpoint
CREATE INDEX "chat_conversations_tenant_external_idx" ON "chat_conversations" USING btree ("tenant_id","channel","external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "chat_messages_tenant_conversation_seq_idx" ON "chat_messages" USING btree ("tenant_id","conversation_id","seq");--> statement-breakpoint
CREATE INDEX "wechat_followers_tenant_customer_idx" ON "wechat_followers" USING btree ("tenant_id","customer_id");--> statement-breakpoint
CREATE UNIQUE INDEX "wechat_local_outbox_key_idx" ON "wechat_local_outbox" USING btree ("tenant_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "wechat_local_outbox_open_idx" ON "wechat_local_outbox" USING btree ("tenant_id","open_id","created_at");--> statement-breakpoint
CREATE INDEX "wechat_seen_time_idx" ON "wechat_seen" USING btree ("seen_at");