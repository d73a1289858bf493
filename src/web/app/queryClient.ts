import { MutationCache, QueryClient } from "@tanstack/react-query";
import { ApiError } from "./api";
import { showError } from "./feedback";

declare module "@tanstack/react-query" {
  // Module augmentation has to be an interface.
  interface Register {
    mutationMeta: { silent?: boolean };
  }
}

export const queryClient = new QueryClient({
  defaultOptions: {
    queries: {
      staleTime: 10_000,
      // Client errors (403, 404…) will not heal by retrying.
      retry: (count, err) => !(err instanceof ApiError && err.status >= 400 && err.status < 500) && count < 2,
      refetchOnWindowFocus: true,
    },
  },
  // Every failed write tells the user why, in their language (the server translated it).
  mutationCache: new MutationCache({
    onError: (err, _vars, _ctx, mutation) => {
      if (!mutation.meta?.silent) showError(err);
    },
  }),
});
