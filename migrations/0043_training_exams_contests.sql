CREATE TABLE "exam_attempts" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"exam_id" text NOT NULL,
	"user_id" text NOT NULL,
	"contest_id" text,
	"seed" text NOT NULL,
	"paper" jsonb NOT NULL,
	"status" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"deadline_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"answers" jsonb,
	"results" jsonb,
	"score" real,
	"max_score" real NOT NULL,
	"awaiting_sign_off" boolean DEFAULT false NOT NULL,
	"signed_off_by" text,
	"certification_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exam_questions" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"skill" text NOT NULL,
	"kind" text NOT NULL,
	"prompt" text NOT NULL,
	"options" jsonb NOT NULL,
	"correct" jsonb NOT NULL,
	"points" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "exams" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"skill" text NOT NULL,
	"question_count" integer NOT NULL,
	"time_limit_minutes" integer NOT NULL,
	"pass_percent" integer NOT NULL,
	"max_attempts" integer NOT NULL,
	"validity_months" integer NOT NULL,
	"practical_sign_off" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "skill_contests" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"exam_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_assignments" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"programme_id" text NOT NULL,
	"user_id" text NOT NULL,
	"due_on" date NOT NULL,
	"done_items" text[] DEFAULT '{}' NOT NULL,
	"completed_at" timestamp with time zone,
	"assigned_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "training_programmes" (
	"id" text PRIMARY KEY NOT NULL,
	"tenant_id" text NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"kind" text NOT NULL,
	"skill" text,
	"items" jsonb NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "exam_attempts_tenant_exam_user_idx" ON "exam_attempts" USING btree ("tenant_id","exam_id","user_id");--> statement-breakpoint
CREATE INDEX "exam_attempts_tenant_contest_idx" ON "exam_attempts" USING btree ("tenant_id","contest_id");--> statement-breakpoint
CREATE INDEX "exam_questions_tenant_skill_idx" ON "exam_questions" USING btree ("tenant_id","skill");--> statement-breakpoint
CREATE INDEX "exams_tenant_idx" ON "exams" USING btree ("tenant_id","created_at");--> statement-breakpoint
CREATE INDEX "skill_contests_tenant_idx" ON "skill_contests" USING btree ("tenant_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_assignments_tenant_programme_user_idx" ON "training_assignments" USING btree ("tenant_id","programme_id","user_id");--> statement-breakpoint
CREATE INDEX "training_assignments_tenant_user_idx" ON "training_assignments" USING btree ("tenant_id","user_id");--> statement-breakpoint
CREATE INDEX "training_programmes_tenant_idx" ON "training_programmes" USING btree ("tenant_id","created_at");