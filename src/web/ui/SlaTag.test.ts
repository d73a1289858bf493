import type { TFunction } from "i18next";
import { describe, expect, it } from "vitest";
import { slaEn } from "../i18n/sla";
import { countdownText, durationText } from "./SlaTag";

// A tiny stand-in for i18next over the real English strings.
const t = ((key: string, vars: Record<string, unknown> = {}) => {
  const path = key.replace(/^sla\./, "").split(".");
  let node: unknown = slaEn;
  for (const p of path) node = (node as Record<string, unknown>)[p];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_m, k: string) => String(vars[k]));
}) as unknown as TFunction;

describe("SLA countdown text", () => {
  const now = Date.parse("2026-11-23T08:00:00Z");
  const at = (ms: number) => new Date(now + ms).toISOString();

  it("counts down in at most two units, seconds only in the last minute", () => {
    expect(countdownText(t, "ok", at(12 * 60_000 + 30_000), now)).toBe("due in 12 min");
    expect(countdownText(t, "warning", at(45_000), now)).toBe("due in 45 s");
    expect(durationText(t, 80 * 60_000)).toBe("1 h 20 min");
    expect(durationText(t, 26 * 3_600_000)).toBe("1 d 2 h");
  });

  it("says how late a breached clock is and names paused and met clocks", () => {
    expect(countdownText(t, "breached", at(-5 * 60_000), now)).toBe("overdue 5 min");
    expect(countdownText(t, "paused", at(60_000), now)).toBe("Paused");
    expect(countdownText(t, "met", null, now)).toBe("Met");
  });
});
