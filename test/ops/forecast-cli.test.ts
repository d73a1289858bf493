import { execFile } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";
import { cnCalendarDays } from "../../src/server/modules/analytics/forecast/cn-calendar-days.js";
import { syntheticVolume } from "../../src/server/modules/analytics/forecast/synthetic-volume.js";

const run = promisify(execFile);
const cli = (args: string[]) =>
  run(process.execPath, ["--import", "tsx", "src/server/cli.ts", ...args], {
    env: { ...process.env, AFTERCARE_LOG_LEVEL: "silent" },
  }).then(
    (r) => ({ code: 0, stdout: r.stdout, stderr: r.stderr }),
    (e: { code: number; stdout: string; stderr: string }) => ({
      code: e.code,
      stdout: e.stdout,
      stderr: e.stderr,
    }),
  );

describe("npx aftercare forecast backtest --csv FILE", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "forecast-cli-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints one JSON line: folds, horizon, the forecaster's and seasonal naive's MASE, coverage", async () => {
    const series = syntheticVolume("2025-06-01", "2026-05-31", cnCalendarDays(), { level: 25, seed: 3 });
    const file = path.join(dir, "history.csv");
    writeFileSync(file, `date,value\n${series.map((p) => `${p.date},${p.value}`).join("\n")}\n`);
    const r = await cli(["forecast", "backtest", "--csv", file, "--horizon", "7"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0] as string);
    expect(Object.keys(answer)).toEqual(["folds", "horizon", "mase", "baselineMase", "coverage80"]);
    expect(answer).toMatchObject({ folds: 12, horizon: 7 });
    expect(answer.mase).toBeLessThan(answer.baselineMase);
  }, 60_000);

  it("says what is wrong with a bad file, without a stack trace", async () => {
    const file = path.join(dir, "bad.csv");
    writeFileSync(file, "date,value\n2026-01-01,3\n2026-01-02,lots\n");
    const r = await cli(["forecast", "backtest", "--csv", file]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain("line 3");
    expect(r.stderr).not.toContain("    at ");
  }, 60_000);
});
