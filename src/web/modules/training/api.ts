import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Attempt,
  Contest,
  Exam,
  ExamStatistics,
  Leaderboard,
  Programme,
  Question,
  ServingCertifications,
  StaffCertification,
  TrainingAssignment,
} from "../../../shared/api/training";
import { api } from "../../app/api";

export type {
  Attempt,
  Contest,
  Exam,
  ExamStatistics,
  Leaderboard,
  Programme,
  Question,
  StaffCertification,
  TrainingAssignment,
};

const items = <T>(p: Promise<{ items: T[] }>) => p.then((r) => r.items);

export const useProgrammes = () =>
  useQuery({
    queryKey: ["training", "programmes"],
    queryFn: () => items(api.get<{ items: Programme[] }>("/training/programmes")),
  });

export const useAssignments = (mine: boolean, overdue = false) =>
  useQuery({
    queryKey: ["training", "assignments", mine, overdue],
    queryFn: () =>
      items(
        api.get<{ items: TrainingAssignment[] }>("/training/assignments", {
          mine: String(mine),
          overdue: overdue ? "true" : undefined,
        }),
      ),
  });

export function useMarkItem() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; itemId: string; done: boolean }) =>
      api.put<TrainingAssignment>(`/training/assignments/${v.id}/items/${v.itemId}`, { done: v.done }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["training"] }),
  });
}

export const useExams = () =>
  useQuery({ queryKey: ["exams", "list"], queryFn: () => items(api.get<{ items: Exam[] }>("/exams")) });

export const useQuestions = (enabled: boolean) =>
  useQuery({
    queryKey: ["exams", "questions"],
    queryFn: () => items(api.get<{ items: Question[] }>("/exams/questions")),
    enabled,
  });

export const useExamStatistics = (id: string | undefined) =>
  useQuery({
    queryKey: ["exams", "statistics", id],
    queryFn: () => api.get<ExamStatistics>(`/exams/${id}/statistics`),
    enabled: Boolean(id),
  });

export const useWaitingAttempts = (enabled: boolean) =>
  useQuery({
    queryKey: ["exams", "waiting"],
    queryFn: () => items(api.get<{ items: Attempt[] }>("/exam-attempts", { waiting: "true" })),
    enabled,
  });

export const useAttempt = (id: string | undefined) =>
  useQuery({
    queryKey: ["exams", "attempt", id],
    queryFn: () => api.get<Attempt>(`/exam-attempts/${id}`),
    enabled: Boolean(id),
  });

export function useStartAttempt() {
  return useMutation({
    mutationFn: (v: { examId?: string; contestId?: string }) =>
      v.contestId
        ? api.post<Attempt>(`/contests/${v.contestId}/entries`)
        : api.post<Attempt>(`/exams/${v.examId}/attempts`),
  });
}

function useAttemptMutation<T>(path: (id: string) => string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { id: string; body?: T }) => api.post<Attempt>(path(v.id), v.body ?? {}),
    onSuccess: (data) => {
      qc.setQueryData(["exams", "attempt", data.id], data);
      void qc.invalidateQueries({ queryKey: ["exams"] });
      void qc.invalidateQueries({ queryKey: ["certifications"] });
    },
  });
}

export const useSubmitAttempt = () =>
  useAttemptMutation<{ answers: Record<string, number[] | string> }>((id) => `/exam-attempts/${id}/submit`);
export const useReviewAttempt = () =>
  useAttemptMutation<{ grades: Record<string, boolean> }>((id) => `/exam-attempts/${id}/review`);
export const useSignOff = () => useAttemptMutation((id) => `/exam-attempts/${id}/sign-off`);

export const useCertifications = (expiringOnly: boolean) =>
  useQuery({
    queryKey: ["certifications", expiringOnly],
    queryFn: () =>
      items(
        api.get<{ items: StaffCertification[] }>("/certifications", {
          expiring: expiringOnly ? "true" : undefined,
        }),
      ),
  });

export function useRevokeCertification() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.del<void>(`/certifications/${id}`),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["certifications"] }),
  });
}

export const useContests = () =>
  useQuery({ queryKey: ["contests"], queryFn: () => items(api.get<{ items: Contest[] }>("/contests")) });

export const useLeaderboard = (id: string | undefined) =>
  useQuery({
    queryKey: ["contests", "board", id],
    queryFn: () => api.get<Leaderboard>(`/contests/${id}/leaderboard`),
    enabled: Boolean(id),
  });

export const useServingCertifications = (ref: string, enabled: boolean) =>
  useQuery({
    queryKey: ["serving-certifications", ref],
    queryFn: () =>
      api.get<ServingCertifications>(`/tickets/${encodeURIComponent(ref)}/serving-certifications`),
    enabled,
  });
