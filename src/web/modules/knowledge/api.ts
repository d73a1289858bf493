import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type {
  Article,
  ArticleInput,
  ArticleStatus,
  PublicArticle,
  SearchItem,
  TicketArticle,
} from "../../../shared/api/knowledge";
import type { Sop, SopInput, TicketSop } from "../../../shared/api/sops";
import { api } from "../../app/api";

export type {
  Article,
  ArticleInput,
  ArticleStatus,
  PublicArticle,
  SearchItem,
  Sop,
  SopInput,
  TicketArticle,
  TicketSop,
};

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

export function useStaffArticles(status?: ArticleStatus) {
  return useQuery({
    queryKey: ["kb", "articles", status ?? ""],
    queryFn: ({ signal }) => api.get<{ items: Article[] }>("/kb/articles", { status }, signal),
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

// The ticket page's knowledge: linked articles, a draft from the ticket, the SOP checklists.
export function useTicketArticles(ref: string) {
  return useQuery({
    queryKey: ["kb", "ticket-articles", ref],
    queryFn: ({ signal }) =>
      api.get<{ items: TicketArticle[] }>(`/tickets/${encodeURIComponent(ref)}/articles`, undefined, signal),
  });
}

export function useLinkArticle(ref: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { articleId: string; linked: boolean }) =>
      api.post<{ items: TicketArticle[] }>(`/tickets/${encodeURIComponent(ref)}/articles`, body),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["kb"] });
      void qc.invalidateQueries({ queryKey: ["ticket", ref, "events"] });
    },
  });
}

export function useDraftFromTicket(ref: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: () => api.post<Article>(`/tickets/${encodeURIComponent(ref)}/article-draft`, {}),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: ["kb"] });
      void qc.invalidateQueries({ queryKey: ["ticket", ref, "events"] });
    },
  });
}

export function useTicketSops(ref: string) {
  return useQuery({
    queryKey: ["kb", "ticket-sops", ref],
    queryFn: ({ signal }) =>
      api.get<{ items: TicketSop[] }>(`/tickets/${encodeURIComponent(ref)}/sops`, undefined, signal),
  });
}

export function useTickSop(ref: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { sopId: string; stepId: string; done: boolean }) =>
      api.post<{ items: TicketSop[] }>(`/tickets/${encodeURIComponent(ref)}/sops`, body),
    onSuccess: (data) => {
      qc.setQueryData(["kb", "ticket-sops", ref], data);
      void qc.invalidateQueries({ queryKey: ["ticket", ref, "events"] });
    },
  });
}

export function useSops() {
  return useQuery({
    queryKey: ["kb", "sops"],
    queryFn: ({ signal }) => api.get<{ items: Sop[] }>("/kb/sops", undefined, signal),
  });
}

export function useSaveSop() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: SopInput }) =>
      id ? api.put<Sop>(`/kb/sops/${encodeURIComponent(id)}`, input) : api.post<Sop>("/kb/sops", input),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["kb"] }),
  });
}

export function useMoveSop() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: ArticleStatus }) =>
      api.post<Sop>(`/kb/sops/${encodeURIComponent(id)}/status`, { status }),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["kb"] }),
  });
}
