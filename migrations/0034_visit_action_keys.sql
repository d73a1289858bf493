CREATE TABLE "visit_action_keys" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"key" text NOT NULL,
	"visit_id" text NOT NULL,
	"action" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "visit_action_keys_tenant_id_user_id_key_pk" PRIMARY KEY("tenant_id","user_id","key")
);
