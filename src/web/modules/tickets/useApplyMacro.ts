import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { AppliedMacro, ApplyMacroInput } from "../../../shared/api/workspace";
import { ApiError, request } from "../../app/api";

const enc = encodeURIComponent;

// One request sends the reply and sets the macro's fields (one transaction on the server). The
// key is made once per send, so a retry of the same send is answered, never applied twice.
export function useApplyMacro(ticketRef: string) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (v: { macroId: string; input: ApplyMacroInput; key: string }) =>
      request<AppliedMacro>("POST", `/tickets/${enc(ticketRef)}/macros/${enc(v.macroId)}/apply`, {
        body: v.input,
        headers: { "Idempotency-Key": v.key },
      }),
    // Only a lost connection or a server failure is worth another try (with the same key).
    retry: (count, err) => count < 2 && err instanceof ApiError && (err.status === 0 || err.status >= 500),
    onSuccess: (out) => {
      qc.setQueryData(["ticket", ticketRef], out.ticket);
      void qc.invalidateQueries({ queryKey: ["ticket"] });
      void qc.invalidateQueries({ queryKey: ["tickets"] });
    },
  });
}
