import { useCallback, useEffect, useRef, useState } from "react";

const SEND_EVERY_MS = 2_000;
const SHOW_FOR_MS = 4_000;

// Typing both ways: `noteKeystroke` tells the server at most every 2 s; `heard` shows the other
// side's indicator for 4 s after their last one.
export function useTyping(send: () => Promise<unknown>) {
  const lastSent = useRef(0);
  const [shown, setShown] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const noteKeystroke = useCallback(() => {
    if (Date.now() - lastSent.current < SEND_EVERY_MS) return;
    lastSent.current = Date.now();
    send().catch(() => undefined);
  }, [send]);
  const heard = useCallback(() => {
    setShown(true);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => setShown(false), SHOW_FOR_MS);
  }, []);
  const stop = useCallback(() => {
    clearTimeout(timer.current);
    setShown(false);
  }, []);
  return { shown, noteKeystroke, heard, stop };
}
