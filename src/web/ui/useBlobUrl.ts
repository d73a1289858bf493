import { useEffect, useState } from "react";
import { fetchBlob } from "../app/api";

// A protected file (it needs the bearer token, so no plain <img src>) as an object URL, released
// when the component goes away; `failed` when it could not be fetched.
export function useBlobUrl(path: string): { url: string | null; failed: boolean } {
  const [state, setState] = useState<{ url: string | null; failed: boolean }>({ url: null, failed: false });
  useEffect(() => {
    let current: string | null = null;
    let cancelled = false;
    setState({ url: null, failed: false });
    fetchBlob(path)
      .then((blob) => {
        if (cancelled) return;
        current = URL.createObjectURL(blob);
        setState({ url: current, failed: false });
      })
      .catch(() => {
        if (!cancelled) setState({ url: null, failed: true });
      });
    return () => {
      cancelled = true;
      if (current) URL.revokeObjectURL(current);
    };
  }, [path]);
  return state;
}
