import { useCallback, useState } from "react";

const storageKey = (userId: string, tableId: string) => `aftercare.columns.${userId}.${tableId}`;

function read(key: string): string[] {
  try {
    const v: unknown = JSON.parse(localStorage.getItem(key) ?? "[]");
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === "string") : [];
  } catch {
    return [];
  }
}

// Which columns a person has hidden in a table, remembered per user on this browser.
export function useColumnSettings(userId: string, tableId: string) {
  const key = storageKey(userId, tableId);
  const [hidden, setHidden] = useState<string[]>(() => read(key));
  const toggle = useCallback(
    (col: string, visible: boolean) => {
      setHidden((prev) => {
        const next = visible ? prev.filter((c) => c !== col) : [...new Set([...prev, col])];
        localStorage.setItem(key, JSON.stringify(next));
        return next;
      });
    },
    [key],
  );
  const reset = useCallback(() => {
    localStorage.removeItem(key);
    setHidden([]);
  }, [key]);
  return { hidden, toggle, reset };
}
