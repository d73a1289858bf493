import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Article,
  ArticleInput,
  ArticleStatus,
  PublicArticle,
  SearchItem,
} from "../../../shared/api/knowledge";
import { api } from "../../app/api";

export type { Article, ArticleInput, ArticleStatus, PublicArticle, SearchItem };

// `tenant`: the help centre's slug when nobody is signed in.
export function useKbSearch(q: string, tenant?: string) {
  const text = q.trim();
  return useQuery({
    queryKey: ["kb", "search", tenant ?? "", text],
    queryFn: ({ signal }) =>
      api.get<{ items: SearchItem[] }>("/kb/search", { q: text, limit: 5, tenant }, signal),
    enabled: text.length >= 2,
    staleTime: 30_000,
  });
}

export function useHelpArticles(tenant?: string) {
  return useQuery({
    queryKey: ["kb", "help", tenant ?? ""],
    queryFn: ({ signal }) => api.get<{ items: PublicArticle[] }>("/help/articles", { tenant }, signal),
  });
}

export function useHelpArticle(id: string | undefined, tenant?: string) {
  return useQuery({
    queryKey: ["kb", "help", tenant ?? "", id],
    queryFn: ({ signal }) =>
      api.get<PublicArticle>(`/help/articles/${encodeURIComponent(id ?? "")}`, { tenant }, signal),
    enabled: Boolean(id),
  });
}

export function useArticleFeedback(tenant?: string) {
  return useMutation({
    mutationFn: ({ id, feedback }: { id: string; feedback: { helpful: boolean } | { solved: true } }) =>
      api.post<void>(
        `/help/articles/${encodeURIComponent(id)}/feedback${tenant ? `?tenant=${encodeURIComponent(tenant)}` : ""}`,
        feedback,
      ),
  });
}

export function useStaffArticles() {
  return useQuery({
    queryKey: ["kb", "articles"],
    queryFn: ({ signal }) => api.get<{ items: Article[] }>("/kb/articles", undefined, signal),
  });
}

export function useSaveArticle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: ArticleInput }) =>
      id
        ? api.patch<Article>(`/kb/articles/${encodeURIComponent(id)}`, input)
        : api.post<Article>("/kb/articles", input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["kb"] }),
  });
}

export function useMoveArticle() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ArticleStatus }) =>
      api.post<Article>(`/kb/articles/${encodeURIComponent(id)}/status`, { status }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["kb"] }),
  });
}
