import { useEffect, useRef } from "react";

type Handlers = Record<string, (e: KeyboardEvent) => void>;

const typingIn = (el: EventTarget | null): boolean => {
  if (!(el instanceof HTMLElement)) return false;
  if (el.isContentEditable) return true;
  if (el.closest(".ant-modal, .ant-select-dropdown, .ant-picker-dropdown")) return true;
  return ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
};

// Single-key shortcuts (j, k, r, n, ?) that stay out of the way while the user types.
export function useHotkeys(handlers: Handlers, enabled = true): void {
  const ref = useRef(handlers);
  ref.current = handlers;
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.ctrlKey || e.metaKey || e.altKey || e.isComposing || typingIn(e.target)) return;
      // Enter on a focused button or link must keep its own meaning.
      if (
        e.key === "Enter" &&
        e.target instanceof Element &&
        e.target.closest("button, a, [role='button'], [role='menuitem'], [role='tab']")
      )
        return;
      const h = ref.current[e.key];
      if (h) {
        e.preventDefault();
        h(e);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
