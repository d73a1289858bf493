CREATE TABLE "analytics_volume_history" (
	"tenant_id" text NOT NULL,
	"channel" text NOT NULL,
	"product_line" text NOT NULL,
	"first_day" date NOT NULL,
	"counts" integer[] NOT NULL,
	"demo" boolean DEFAULT false NOT NULL,
	CONSTRAINT "analytics_volume_history_tenant_id_channel_product_line_pk" PRIMARY KEY("tenant_id","channel","product_line")
);
