import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useCallback } from "react";
import { useTranslation } from "react-i18next";
import type { Skill } from "../../../shared/api/teams";
import { api } from "../../app/api";

// The tenant's managed skills (GET /skills); `managed: false` are codes in use not yet named.
export type { Skill };

export function useSkills() {
  return useQuery({
    queryKey: ["skills"],
    queryFn: ({ signal }) => api.get<{ items: Skill[] }>("/skills", undefined, signal),
    staleTime: 60_000,
  });
}

export function useSaveSkill() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({
      code,
      input,
      create,
    }: {
      code: string;
      input: Omit<Skill, "code" | "managed">;
      create: boolean;
    }) =>
      create
        ? api.post<Skill>("/skills", { code, ...input })
        : api.patch<Skill>(`/skills/${encodeURIComponent(code)}`, input),
    onSuccess: () => void qc.invalidateQueries({ queryKey: ["skills"] }),
  });
}

// A skill code in the reader's language (the code itself while the list loads or lacks it).
export function useSkillName(): (code: string) => string {
  const { i18n } = useTranslation();
  const skills = useSkills();
  const english = i18n.language === "en";
  return useCallback(
    (code: string) => {
      const s = skills.data?.items.find((x) => x.code === code);
      return s ? (english ? s.nameEn : s.nameZh) : code;
    },
    [skills.data, english],
  );
}
