CREATE TABLE "audit_witnesses" (
	"tenant_id" text PRIMARY KEY NOT NULL,
	"addresses" text[] NOT NULL,
	"last_sent_size" bigint,
	"last_sent_at" timestamp with time zone,
	"last_error" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
