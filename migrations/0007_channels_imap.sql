CREATE TABLE "imap_sync_state" (
	"tenant_id" text NOT NULL,
	"mailbox_id" text NOT NULL,
	"uid_validity" text NOT NULL,
	"last_uid" integer NOT NULL,
	"polled_at" timestamp with time zone NOT NULL,
	CONSTRAINT "imap_sync_state_tenant_id_mailbox_id_pk" PRIMARY KEY("tenant_id","mailbox_id")
);
