import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { CoverageReport, NetworkNode, NodeCoverage } from "../../../shared/api/field";
import { api } from "../../app/api";

const key = ["network", "coverage"] as const;

export const useNetworkNodes = () =>
  useQuery({
    queryKey: ["network", "nodes"],
    queryFn: ({ signal }) => api.get<{ items: NetworkNode[] }>("/network/nodes", undefined, signal),
  });

export const useCoverage = () =>
  useQuery({
    queryKey: [...key, "areas"],
    queryFn: ({ signal }) => api.get<{ items: NodeCoverage[] }>("/network/coverage", undefined, signal),
  });

export const useCoverageReport = () =>
  useQuery({
    queryKey: [...key, "report"],
    queryFn: ({ signal }) => api.get<CoverageReport>("/network/coverage-report", undefined, signal),
  });

export function useSaveCoverage() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ nodeId, divisions }: { nodeId: string; divisions: string[] }) =>
      api.put<NodeCoverage>(`/network/nodes/${encodeURIComponent(nodeId)}/coverage`, { divisions }),
    onSuccess: () => void qc.invalidateQueries({ queryKey: key }),
  });
}
