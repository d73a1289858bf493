import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  BoardVisit,
  CreatePlanBody,
  DayFigures,
  DispatchBoard,
  DispatchPlan,
  MoveAnswer,
  MoveVisitBody,
  MoveWarning,
} from "../../../shared/api/dispatch";
import type { NetworkNode } from "../../../shared/api/field";
import { api } from "../../app/api";

export type { BoardVisit, DayFigures, DispatchBoard, DispatchPlan, MoveAnswer, MoveWarning };

const key = ["dispatch"] as const;

export const useNodes = () =>
  useQuery({
    queryKey: ["network", "nodes"],
    queryFn: ({ signal }) => api.get<{ items: NetworkNode[] }>("/network/nodes", undefined, signal),
  });

export const useBoard = (nodeId: string | undefined, day: string) =>
  useQuery({
    queryKey: [...key, "board", nodeId, day],
    queryFn: ({ signal }) => api.get<DispatchBoard>("/dispatch/board", { nodeId: nodeId ?? "", day }, signal),
    enabled: Boolean(nodeId),
  });

export const useOptimise = () =>
  useMutation({ mutationFn: (body: CreatePlanBody) => api.post<DispatchPlan>("/dispatch/plans", body) });

export function useApplyPlan() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (id: string) =>
      api.post<{ plan: DispatchPlan; changed: number }>(`/dispatch/plans/${id}/apply`),
    onSuccess: () => qc.invalidateQueries({ queryKey: key }),
  });
}

export function useMove() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: MoveVisitBody) => api.post<MoveAnswer>("/dispatch/moves", body),
    onSuccess: (answer) => {
      if (answer.applied) void qc.invalidateQueries({ queryKey: key });
    },
  });
}
