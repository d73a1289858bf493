import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { WechatAccount, WechatAccountInput, WechatFollower } from "../../../shared/api/wechat";
import { ApiError, api } from "../../app/api";

export type { WechatAccount, WechatAccountInput, WechatFollower };

// null: no account configured yet (the API answers 404), so the form starts empty.
export function useWechatAccount() {
  return useQuery({
    queryKey: ["wechat", "account"],
    queryFn: async ({ signal }) => {
      try {
        return await api.get<WechatAccount>("/wechat/account", undefined, signal);
      } catch (err) {
        if (err instanceof ApiError && err.status === 404) return null;
        throw err;
      }
    },
  });
}

export function useSaveWechatAccount() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (input: WechatAccountInput) => api.put<WechatAccount>("/wechat/account", input),
    onSuccess: (saved) => qc.setQueryData(["wechat", "account"], saved),
  });
}

export function useWechatFollowers() {
  return useQuery({
    queryKey: ["wechat", "followers"],
    queryFn: ({ signal }) => api.get<{ items: WechatFollower[] }>("/wechat/followers", undefined, signal),
  });
}

export function useLinkFollower() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: { openId: string; customerId: string | null }) =>
      api.put<WechatFollower>("/wechat/bindings", body),
    onSuccess: () => qc.invalidateQueries({ queryKey: ["wechat", "followers"] }),
  });
}
