import { z } from "zod";
import { ROLES } from "../roles.js";

// Training, exams, certification and skill contests (the People area): what the web app reads.

const PROGRAMME_KINDS = ["course", "onboarding"] as const;
const ITEM_KINDS = ["article", "link", "video", "file"] as const;
const QUESTION_KINDS = ["single", "multiple", "true_false", "short"] as const;
const ATTEMPT_STATUSES = ["in_progress", "pending_review", "passed", "failed"] as const;

// One step of a programme: a knowledge article (by id), a link, a video or a file, on a day of an
// onboarding plan (1 = the first day).
const ZProgrammeItem = z.object({
  id: z.string(),
  kind: z.enum(ITEM_KINDS),
  title: z.string(),
  articleId: z.string().nullable(),
  url: z.string().nullable(),
  day: z.number().int().nullable(),
});
export type ProgrammeItem = z.infer<typeof ZProgrammeItem>;

export const ZProgramme = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  kind: z.enum(PROGRAMME_KINDS),
  skill: z.string().nullable(),
  items: z.array(ZProgrammeItem),
  assigned: z.number().int(),
  completed: z.number().int(),
  overdue: z.number().int(),
  createdAt: z.string(),
});
export type Programme = z.infer<typeof ZProgramme>;

// A programme given to one person, with their progress.
export const ZTrainingAssignment = z.object({
  id: z.string(),
  programmeId: z.string(),
  programmeName: z.string(),
  userId: z.string(),
  userName: z.string(),
  dueOn: z.string(),
  doneItems: z.array(z.string()),
  itemCount: z.number().int(),
  progress: z.number(),
  completedAt: z.string().nullable(),
  overdue: z.boolean(),
});
export type TrainingAssignment = z.infer<typeof ZTrainingAssignment>;

const ZNewProgrammeItem = z.object({
  kind: z.enum(ITEM_KINDS),
  title: z.string().trim().min(1).max(200),
  articleId: z.string().min(1).max(100).nullable().default(null),
  url: z.string().url().max(2000).nullable().default(null),
  day: z.number().int().min(1).max(365).nullable().default(null),
});
export const ZNewProgramme = z.object({
  name: z.string().trim().min(1).max(200),
  description: z.string().max(4000).default(""),
  kind: z.enum(PROGRAMME_KINDS).default("course"),
  skill: z.string().trim().min(1).max(40).nullable().default(null),
  items: z.array(ZNewProgrammeItem).min(1).max(100),
});
export type NewProgramme = z.input<typeof ZNewProgramme>;

export const ZAssignProgramme = z.object({
  userIds: z.array(z.string().min(1).max(100)).max(500).default([]),
  roles: z.array(z.enum(ROLES)).max(10).default([]),
  dueOn: z.iso.date(),
});
export type AssignProgramme = z.input<typeof ZAssignProgramme>;

// A question as a manager sees it in the bank (with its key and statistics).
export const ZQuestion = z.object({
  id: z.string(),
  skill: z.string(),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string(),
  options: z.array(z.string()),
  // Indexes of the right options (single/multiple), [1] true / [0] false, [] for a short answer.
  correct: z.array(z.number().int()),
  points: z.number().int(),
  asked: z.number().int(),
  rightRate: z.number().nullable(),
});
export type Question = z.infer<typeof ZQuestion>;

export const ZNewQuestion = z.object({
  skill: z.string().trim().min(1).max(40),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string().trim().min(1).max(2000),
  options: z.array(z.string().trim().min(1).max(500)).max(8).default([]),
  correct: z.array(z.number().int().min(0).max(7)).max(8).default([]),
  points: z.number().int().min(1).max(20).default(1),
});
export type NewQuestion = z.input<typeof ZNewQuestion>;

export const ZExam = z.object({
  id: z.string(),
  name: z.string(),
  skill: z.string(),
  questionCount: z.number().int(),
  timeLimitMinutes: z.number().int(),
  passPercent: z.number().int(),
  maxAttempts: z.number().int(),
  validityMonths: z.number().int(),
  practicalSignOff: z.boolean(),
  bankSize: z.number().int(),
  // The caller's own attempts so far and whether they hold this exam's certification now.
  myAttempts: z.number().int(),
  myBest: z.enum(ATTEMPT_STATUSES).nullable(),
});
export type Exam = z.infer<typeof ZExam>;

export const ZNewExam = z.object({
  name: z.string().trim().min(1).max(200),
  skill: z.string().trim().min(1).max(40),
  questionCount: z.number().int().min(1).max(100),
  timeLimitMinutes: z.number().int().min(1).max(600),
  passPercent: z.number().int().min(1).max(100),
  maxAttempts: z.number().int().min(1).max(20),
  validityMonths: z.number().int().min(1).max(120),
  practicalSignOff: z.boolean().default(false),
});
export type NewExam = z.input<typeof ZNewExam>;

// A question on a candidate's paper: never its key; options in this attempt's shuffled order, each
// carrying its id (its place in the bank) so answers name options, not positions.
const ZPaperQuestion = z.object({
  questionId: z.string(),
  kind: z.enum(QUESTION_KINDS),
  prompt: z.string(),
  options: z.array(z.object({ id: z.number().int(), text: z.string() })),
  points: z.number().int(),
});

export const ZAttempt = z.object({
  id: z.string(),
  examId: z.string(),
  examName: z.string(),
  skill: z.string(),
  userId: z.string(),
  userName: z.string(),
  contestId: z.string().nullable(),
  status: z.enum(ATTEMPT_STATUSES),
  startedAt: z.string(),
  deadlineAt: z.string(),
  submittedAt: z.string().nullable(),
  // Seconds the server allows from now (0 once time is up or the attempt is closed).
  secondsLeft: z.number().int(),
  score: z.number().nullable(),
  maxScore: z.number(),
  percent: z.number().nullable(),
  passPercent: z.number().int(),
  awaitingSignOff: z.boolean(),
  certificationId: z.string().nullable(),
  paper: z.array(ZPaperQuestion),
  // Per question after submission: right, wrong, or waiting for a reviewer (null).
  results: z.record(z.string(), z.boolean().nullable()).nullable(),
  // The candidate's answers (their own, shown back after submission; reviewers read short ones).
  answers: z.record(z.string(), z.union([z.array(z.number().int()), z.string()])).nullable(),
});
export type Attempt = z.infer<typeof ZAttempt>;

export const ZAnswers = z.object({
  answers: z.record(
    z.string().max(100),
    z.union([z.array(z.number().int().min(0).max(7)).max(8), z.string().max(4000)]),
  ),
});
export type Answers = z.input<typeof ZAnswers>;

export const ZReview = z.object({ grades: z.record(z.string().max(100), z.boolean()) });

export const ZExamStatistics = z.object({
  attempts: z.number().int(),
  passed: z.number().int(),
  passRate: z.number().nullable(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      prompt: z.string(),
      asked: z.number().int(),
      rightRate: z.number().nullable(),
    }),
  ),
  // The questions most candidates get wrong (right less than half the time): training gaps.
  gaps: z.array(z.object({ questionId: z.string(), prompt: z.string(), rightRate: z.number() })),
});
export type ExamStatistics = z.infer<typeof ZExamStatistics>;

export const ZStaffCertification = z.object({
  id: z.string(),
  userId: z.string(),
  userName: z.string(),
  skill: z.string(),
  name: z.string(),
  issuedOn: z.string(),
  expiresOn: z.string(),
  expired: z.boolean(),
  expiringSoon: z.boolean(),
});
export type StaffCertification = z.infer<typeof ZStaffCertification>;

export const ZNewCertification = z.object({
  userId: z.string().min(1).max(100),
  skill: z.string().trim().min(1).max(40),
  validUntil: z.iso.date(),
  name: z.string().trim().min(1).max(200).optional(),
});

// What a customer sees of the person serving their ticket: certification names and validity only.
export const ZServingCertifications = z.object({
  items: z.array(z.object({ name: z.string(), skill: z.string(), validUntil: z.string() })),
});
export type ServingCertifications = z.infer<typeof ZServingCertifications>;

export const ZContest = z.object({
  id: z.string(),
  name: z.string(),
  examId: z.string(),
  examName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  open: z.boolean(),
});
export type Contest = z.infer<typeof ZContest>;

export const ZNewContest = z.object({
  name: z.string().trim().min(1).max(200),
  examId: z.string().min(1).max(100),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
});
export type NewContest = z.input<typeof ZNewContest>;

// Best scored attempt per person in the window: score, then the shorter time.
export const ZLeaderboard = z.object({
  contest: ZContest,
  rows: z.array(
    z.object({
      rank: z.number().int(),
      userId: z.string(),
      userName: z.string(),
      score: z.number(),
      percent: z.number(),
      seconds: z.number().int(),
    }),
  ),
});
export type Leaderboard = z.infer<typeof ZLeaderboard>;
