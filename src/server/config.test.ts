import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { loadConfig } from "./config.js";

describe("configuration", () => {
  it("reads AFTERCARE_TRUST_PROXY as a number of proxy hops; on/true mean one, off/false none", () => {
    const hops = (v?: string) =>
      loadConfig(v === undefined ? {} : { AFTERCARE_TRUST_PROXY: v }).trustProxyHops;
    expect(hops()).toBe(0);
    expect(hops("0")).toBe(0);
    expect(hops("off")).toBe(0);
    expect(hops("false")).toBe(0);
    expect(hops("on")).toBe(1);
    expect(hops("true")).toBe(1);
    expect(hops("1")).toBe(1);
    expect(hops("2")).toBe(2);
    expect(() => hops("yes please")).toThrow(/AFTERCARE_TRUST_PROXY/);
    expect(() => hops("-1")).toThrow(/AFTERCARE_TRUST_PROXY/);
  });

  it("stops at start on an invalid AFTERCARE_IMAP_POLL_SECONDS instead of quietly not polling", () => {
    expect(loadConfig({}).imapPollSeconds).toBe(60);
    expect(loadConfig({ AFTERCARE_IMAP_POLL_SECONDS: "0" }).imapPollSeconds).toBe(0);
    expect(loadConfig({ AFTERCARE_IMAP_POLL_SECONDS: "30" }).imapPollSeconds).toBe(30);
    for (const bad of ["sixty", "-5", "1.5", "", "60s"])
      expect(() => loadConfig({ AFTERCARE_IMAP_POLL_SECONDS: bad }), bad).toThrow(
        /AFTERCARE_IMAP_POLL_SECONDS/,
      );
  });

  it("names malformed channel URLs and ports at start", () => {
    expect(() => loadConfig({ AFTERCARE_PUBLIC_URL: "help.example.com" })).toThrow(/AFTERCARE_PUBLIC_URL/);
    expect(() => loadConfig({ AFTERCARE_SMTP_LISTEN_PORT: "twenty-five" })).toThrow(
      /AFTERCARE_SMTP_LISTEN_PORT/,
    );
    expect(loadConfig({ AFTERCARE_SMTP_LISTEN_PORT: "2525" }).smtpListen).toEqual({
      port: 2525,
      host: undefined,
    });
  });

  it("runs one server process per core on PostgreSQL, one on PGlite, and refuses several on PGlite", () => {
    const pg = "postgres://u:p@localhost:5432/db";
    expect(loadConfig({}).workers).toBe(1);
    expect(loadConfig({ DATABASE_URL: pg }).workers).toBe(availableParallelism());
    expect(loadConfig({ DATABASE_URL: pg, AFTERCARE_WORKERS: "3" }).workers).toBe(3);
    expect(() => loadConfig({ AFTERCARE_WORKERS: "2" })).toThrow(
      /AFTERCARE_WORKERS: several worker processes need PostgreSQL/,
    );
    expect(() => loadConfig({ DATABASE_URL: pg, AFTERCARE_WORKERS: "0" })).toThrow(/AFTERCARE_WORKERS/);
  });
});
