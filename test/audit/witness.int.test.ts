import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openCheckpoint } from "../../src/shared/audit-checkpoint.js";
import { type LocalSmtp, startLocalSmtp } from "../channels/local-smtp.js";
import { worldPerFile } from "../fixtures.js";
import { seal } from "./audit-helpers.js";

// Witness copies of signed checkpoints by e-mail, through the durable outbound job: each new
// checkpoint once, only for tenants that named witnesses, only after the checkpoint committed.
const { h, worlds } = worldPerFile("wi", "wi2");
const [w, quiet] = worlds;
let smtp: LocalSmtp;

beforeAll(async () => {
  smtp = await startLocalSmtp();
  for (const [i, world] of [w, quiet].entries()) {
    const mb = await h.call("POST", "/api/v1/channels/email", {
      token: world.admin.token,
      body: {
        name: "Service",
        address: `service@witness${i}.test`,
        smtp: { url: smtp.url },
      },
    });
    expect(mb.status).toBe(201);
  }
});
afterAll(async () => smtp?.close());

const drain = async () => {
  while (await h.jobs.tick()) {}
};
const mailsTo = (address: string) => smtp.received.filter((m) => JSON.stringify(m.to).includes(address));

describe("witness e-mail", () => {
  it("is an admin setting, read by auditors, with addresses validated", async () => {
    const bad = await h.call("PUT", "/api/v1/audit/witnesses", {
      token: w.admin.token,
      body: { addresses: ["not an address"] },
      lang: "zh-CN",
    });
    expect(bad.status).toBe(400);
    const denied = await h.call("PUT", "/api/v1/audit/witnesses", {
      token: w.auditor.token,
      body: { addresses: ["auditor@witness.test"] },
    });
    expect(denied.status).toBe(403);
    const ok = await h.call("PUT", "/api/v1/audit/witnesses", {
      token: w.admin.token,
      body: { addresses: ["Notary@Witness.test", "board@witness.test"] },
    });
    expect(ok.status).toBe(200);
    expect(ok.body.addresses).toEqual(["notary@witness.test", "board@witness.test"]);
    const read = await h.call("GET", "/api/v1/audit/witnesses", { token: w.auditor.token });
    expect(read.body.addresses).toEqual(["notary@witness.test", "board@witness.test"]);
  });

  it("mails each new signed checkpoint once to every witness, and it verifies with the public key", async () => {
    await seal(h);
    await drain();
    const before = mailsTo("notary@witness.test").length;
    expect(before).toBeGreaterThan(0);
    await w.post("/api/v1/customers", { name: "Witnessed", kind: "person" });
    await seal(h);
    await drain();
    await drain(); // a second pass sends nothing again
    const notary = mailsTo("notary@witness.test");
    expect(notary.length).toBe(before + 1);
    expect(mailsTo("board@witness.test").length).toBe(before + 1);
    const latest = notary.at(-1);
    const key = (await h.call("GET", "/api/v1/audit/public-key")).body.verifierKey;
    const note = /(aftercare\.audit\/[\s\S]*?\n\n\u2014 [^\n]+\n)/.exec(latest?.text ?? "")?.[1] ?? "";
    const cp = openCheckpoint(note, key);
    expect(cp?.tenantId).toBe(w.tenantId);
    const newest = (await h.call("GET", "/api/v1/audit/checkpoints?limit=1", { token: w.admin.token })).body
      .items[0];
    expect(cp?.size).toBe(newest.treeSize);
    expect(latest?.messageId).toContain(`checkpoint-${newest.treeSize}-0.`);
    const state = (await h.call("GET", "/api/v1/audit/witnesses", { token: w.admin.token })).body;
    expect(state).toMatchObject({ lastSentSize: newest.treeSize, lastError: null });
    // The other tenant named no witnesses: none of its checkpoints left.
    expect(smtp.received.some((m) => (m.text ?? "").includes(`aftercare.audit/${quiet.tenantId}`))).toBe(
      false,
    );
  });

  it("retries a refused mail with the same Message-ID", async () => {
    smtp.refuseNext();
    await w.post("/api/v1/customers", { name: "Witnessed again", kind: "person" });
    await seal(h);
    await drain();
    const newest = (await h.call("GET", "/api/v1/audit/checkpoints?limit=1", { token: w.admin.token })).body
      .items[0];
    const id = `checkpoint-${newest.treeSize}-0.`;
    // The refused attempt waits for its back-off; move the clock past it.
    h.clock.advance(10 * 60_000);
    await h.services.database.query("update jobs set run_at = now() where status = 'queued' and kind = $1", [
      "audit.witness_checkpoint",
    ]);
    await drain();
    expect(smtp.offered.filter((m) => m.includes(id)).length).toBe(2);
    expect(mailsTo("notary@witness.test").filter((m) => (m.messageId ?? "").includes(id))).toHaveLength(1);
  });
});
