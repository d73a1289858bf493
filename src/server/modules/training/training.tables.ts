import { boolean, date, index, integer, jsonb, pgTable, real, text, uniqueIndex } from "drizzle-orm/pg-core";
import type { ProgrammeItem } from "../../../shared/api/training.js";
import { createdAt, tenantId, tstz } from "../../platform/db/columns.js";

// A training programme: a course, or an onboarding plan whose items carry their day.
export const trainingProgrammes = pgTable(
  "training_programmes",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    description: text("description").notNull().default(""),
    kind: text("kind").notNull().$type<"course" | "onboarding">(),
    skill: text("skill"),
    items: jsonb("items").notNull().$type<ProgrammeItem[]>(),
    createdBy: text("created_by"),
    createdAt: createdAt(),
  },
  (t) => [index("training_programmes_tenant_idx").on(t.tenantId, t.createdAt)],
);

// A programme given to one person with a due date; the items they have done.
export const trainingAssignments = pgTable(
  "training_assignments",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    programmeId: text("programme_id").notNull(),
    userId: text("user_id").notNull(),
    dueOn: date("due_on", { mode: "string" }).notNull(),
    doneItems: text("done_items").array().notNull().default([]),
    completedAt: tstz("completed_at"),
    assignedBy: text("assigned_by"),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex("training_assignments_tenant_programme_user_idx").on(t.tenantId, t.programmeId, t.userId),
    index("training_assignments_tenant_user_idx").on(t.tenantId, t.userId),
  ],
);

// The question bank, per skill (product line). `correct`: option indexes; for true/false [1] or
// [0]; empty for a short answer, which a reviewer grades.
export const examQuestions = pgTable(
  "exam_questions",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    skill: text("skill").notNull(),
    kind: text("kind").notNull().$type<"single" | "multiple" | "true_false" | "short">(),
    prompt: text("prompt").notNull(),
    options: jsonb("options").notNull().$type<string[]>(),
    correct: jsonb("correct").notNull().$type<number[]>(),
    points: integer("points").notNull().default(1),
    createdAt: createdAt(),
  },
  (t) => [index("exam_questions_tenant_skill_idx").on(t.tenantId, t.skill)],
);

export const exams = pgTable(
  "exams",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    skill: text("skill").notNull(),
    questionCount: integer("question_count").notNull(),
    timeLimitMinutes: integer("time_limit_minutes").notNull(),
    passPercent: integer("pass_percent").notNull(),
    maxAttempts: integer("max_attempts").notNull(),
    validityMonths: integer("validity_months").notNull(),
    practicalSignOff: boolean("practical_sign_off").notNull().default(false),
    createdAt: createdAt(),
  },
  (t) => [index("exams_tenant_idx").on(t.tenantId, t.createdAt)],
);

export type PaperEntry = { questionId: string; options: number[] };
export type GivenAnswer = number[] | string;

// One sitting of an exam: the paper drawn for it (from its seed), the answers, the grading.
export const examAttempts = pgTable(
  "exam_attempts",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    examId: text("exam_id").notNull(),
    userId: text("user_id").notNull(),
    contestId: text("contest_id"),
    seed: text("seed").notNull(),
    paper: jsonb("paper").notNull().$type<PaperEntry[]>(),
    status: text("status").notNull().$type<"in_progress" | "pending_review" | "passed" | "failed">(),
    startedAt: tstz("started_at").notNull(),
    deadlineAt: tstz("deadline_at").notNull(),
    submittedAt: tstz("submitted_at"),
    answers: jsonb("answers").$type<Record<string, GivenAnswer>>(),
    results: jsonb("results").$type<Record<string, boolean | null>>(),
    score: real("score"),
    maxScore: real("max_score").notNull(),
    awaitingSignOff: boolean("awaiting_sign_off").notNull().default(false),
    signedOffBy: text("signed_off_by"),
    certificationId: text("certification_id"),
    createdAt: createdAt(),
  },
  (t) => [
    index("exam_attempts_tenant_exam_user_idx").on(t.tenantId, t.examId, t.userId),
    index("exam_attempts_tenant_contest_idx").on(t.tenantId, t.contestId),
  ],
);

// A skill contest: an exam taken within a scoring window, ranked on a leaderboard.
export const skillContests = pgTable(
  "skill_contests",
  {
    id: text("id").primaryKey(),
    tenantId: tenantId(),
    name: text("name").notNull(),
    examId: text("exam_id").notNull(),
    startsAt: tstz("starts_at").notNull(),
    endsAt: tstz("ends_at").notNull(),
    createdAt: createdAt(),
  },
  (t) => [index("skill_contests_tenant_idx").on(t.tenantId, t.startsAt)],
);
