CREATE TABLE "ticket_ratings" (
	"tenant_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"customer_id" text NOT NULL,
	"score" integer NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ticket_ratings_tenant_id_ticket_id_pk" PRIMARY KEY("tenant_id","ticket_id")
);
--> statement-breakpoint
CREATE TABLE "macro_applications" (
	"tenant_id" text NOT NULL,
	"user_id" text NOT NULL,
	"key" text NOT NULL,
	"macro_id" text NOT NULL,
	"ticket_id" text NOT NULL,
	"result" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "macro_applications_tenant_id_user_id_key_pk" PRIMARY KEY("tenant_id","user_id","key")
);
