import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { worldPerFile } from "../fixtures.js";

const { h, worlds } = worldPerFile("a", "b");
const [w, other] = worlds;

// A real 1×1 PNG: signature, IHDR, IDAT and IEND chunks with their CRCs.
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) {
    c ^= b;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  }
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Uint8Array): Buffer {
  const typed = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  typed.copy(out, 4);
  out.writeUInt32BE(crc32(typed), 8 + data.length);
  return out;
}
function png(rgb: [number, number, number] = [200, 30, 30]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0); // width
  ihdr.writeUInt32BE(1, 4); // height
  ihdr.set([8, 2, 0, 0, 0], 8); // 8-bit RGB, no interlace
  const scanline = Buffer.from([0, ...rgb]);
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk("IHDR", ihdr),
      chunk("IDAT", deflateSync(scanline)),
      chunk("IEND", new Uint8Array()),
    ]),
  );
}

const sha256 = (b: Uint8Array) => createHash("sha256").update(b).digest("hex");

function upload(token: string, bytes: Uint8Array, name = "photo.png", type = "image/png") {
  const form = new FormData();
  form.append("file", new File([bytes], name, { type }));
  return h.call("POST", "/api/v1/attachments", { token, raw: form });
}

// Binary download: straight through the app, since the JSON helper reads bodies as text.
async function download(id: string, token: string) {
  const res = await h.app.request(`/api/v1/attachments/${id}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return { status: res.status, headers: res.headers, bytes: new Uint8Array(await res.arrayBuffer()) };
}

const open = (token: string, body: Record<string, unknown>) =>
  h.call("POST", "/api/v1/tickets", { token, body });

describe("uploading", () => {
  it("stores a PNG and answers with its size and sha256", async () => {
    const bytes = png();
    const r = await upload(w.aliceUser.token, bytes, "leak.png");
    expect(r.status).toBe(201);
    expect(r.body).toMatchObject({
      name: "leak.png",
      size: bytes.byteLength,
      contentType: "image/png",
      sha256: sha256(bytes),
    });
    expect(typeof r.body.id).toBe("string");
  });

  it("links an upload to a new ticket and serves identical bytes, with nosniff", async () => {
    const bytes = png([10, 120, 240]);
    const up = await upload(w.aliceUser.token, bytes, "drum.png");
    const t = await open(w.aliceUser.token, {
      subject: "Cracked drum",
      description: "See photo",
      type: "repair",
      attachmentIds: [up.body.id],
    });
    expect(t.status).toBe(201);
    expect(t.body.attachments).toEqual([
      expect.objectContaining({
        id: up.body.id,
        name: "drum.png",
        size: bytes.byteLength,
        contentType: "image/png",
      }),
    ]);
    const fetched = await h.call("GET", `/api/v1/tickets/${t.body.number}`, { token: w.agent.token });
    expect(fetched.body.attachments.map((a: { id: string }) => a.id)).toEqual([up.body.id]);

    for (const token of [w.aliceUser.token, w.agent.token, w.dealer.token]) {
      const d = await download(up.body.id, token);
      expect(d.status).toBe(200);
      expect(Buffer.from(d.bytes).equals(Buffer.from(bytes))).toBe(true);
      expect(d.headers.get("content-type")).toBe("image/png");
      expect(d.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("hides a ticket's attachment from another customer and another tenant", async () => {
    const up = await upload(w.aliceUser.token, png(), "private.png");
    await open(w.aliceUser.token, {
      subject: "Mine",
      description: "d",
      type: "repair",
      attachmentIds: [up.body.id],
    });
    for (const token of [w.bobUser.token, other.admin.token, other.aliceUser.token]) {
      const d = await download(up.body.id, token);
      expect(d.status).toBe(404);
      expect(d.bytes.byteLength).toBeLessThan(300);
    }
    const none = await h.call("GET", `/api/v1/attachments/${up.body.id}`, { token: w.bobUser.token });
    expect(none.body.error.code).toBe("attachment.not_found");
    expect((await download(up.body.id, w.aliceUser.token)).status).toBe(200);
  });

  it("keeps a pending upload private to its uploader", async () => {
    const up = await upload(w.aliceUser.token, png(), "pending.png");
    expect((await download(up.body.id, w.aliceUser.token)).status).toBe(200);
    expect((await download(up.body.id, w.bobUser.token)).status).toBe(404);
    expect((await download(up.body.id, w.agent.token)).status).toBe(404);
  });

  it("lets staff but not the customer download an internal note's attachment", async () => {
    const t = await open(w.aliceUser.token, { subject: "Noise", description: "d", type: "repair" });
    const internal = await upload(w.agent.token, png([1, 2, 3]), "diagnosis.png");
    const note = await h.call("POST", `/api/v1/tickets/${t.body.id}/messages`, {
      token: w.agent.token,
      body: { body: "Bearing worn, see scan", visibility: "internal", attachmentIds: [internal.body.id] },
    });
    expect(note.status).toBe(201);
    const pub = await upload(w.agent.token, png([4, 5, 6]), "manual.png");
    await h.call("POST", `/api/v1/tickets/${t.body.id}/messages`, {
      token: w.agent.token,
      body: { body: "Here is the manual page", visibility: "public", attachmentIds: [pub.body.id] },
    });

    expect((await download(internal.body.id, w.aliceUser.token)).status).toBe(404);
    expect((await download(internal.body.id, w.supervisor.token)).status).toBe(200);
    expect((await download(internal.body.id, w.technician.token)).status).toBe(200);
    expect((await download(pub.body.id, w.aliceUser.token)).status).toBe(200);
    const customerView = await h.call("GET", `/api/v1/tickets/${t.body.id}/messages`, {
      token: w.aliceUser.token,
    });
    expect(JSON.stringify(customerView.body)).not.toContain(internal.body.id);
    const ticket = await h.call("GET", `/api/v1/tickets/${t.body.id}`, { token: w.aliceUser.token });
    expect(JSON.stringify(ticket.body.attachments)).not.toContain(internal.body.id);
  });
});

describe("what is refused", () => {
  it("answers 415 for a file whose bytes don't match its type, and for HTML", async () => {
    const fake = new TextEncoder().encode("MZ\x90\x00 this is really an executable");
    const r = await upload(w.aliceUser.token, fake, "photo.png", "image/png");
    expect(r.status).toBe(415);
    expect(r.body.error.code).toBe("attachment.type_not_allowed");
    const html = await upload(
      w.aliceUser.token,
      new TextEncoder().encode("<script>alert(1)</script>"),
      "page.html",
      "text/html",
    );
    expect(html.status).toBe(415);
    expect(html.body.error.code).toBe("attachment.type_not_allowed");
    expect(html.body.error.message).toContain("text/html");
    const svg = await upload(
      w.aliceUser.token,
      new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"),
      "x.svg",
      "image/svg+xml",
    );
    expect(svg.status).toBe(415);
  });

  it("answers 413 for a file over the limit", async () => {
    const limit = 2 * 1024 * 1024;
    const justOver = new Uint8Array(limit + 1);
    justOver.set(png().subarray(0, 8));
    const r = await upload(w.aliceUser.token, justOver, "big.png");
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe("attachment.too_large");
    const wayOver = new Uint8Array(5 * limit);
    wayOver.set(png().subarray(0, 8));
    const r2 = await upload(w.aliceUser.token, wayOver, "huge.png");
    expect(r2.status).toBe(413);
    expect(r2.body.error.code).toBe("attachment.too_large");
    const atLimit = new Uint8Array(limit);
    atLimit.set(png().subarray(0, 8));
    expect((await upload(w.aliceUser.token, atLimit, "exactly.png")).status).toBe(201);
  });

  it("answers 400 when the multipart field is missing", async () => {
    const form = new FormData();
    form.append("other", "value");
    const r = await h.call("POST", "/api/v1/attachments", { token: w.aliceUser.token, raw: form });
    expect(r.status).toBe(400);
    expect(r.body.error.code).toBe("request.validation_failed");
    expect(r.body.error.details.map((d: { path: string }) => d.path)).toEqual(["file"]);
  });

  it("keeps only the base name of a path-like file name", async () => {
    const r = await upload(w.aliceUser.token, png(), "../../etc/passwd.png");
    expect(r.status).toBe(201);
    expect(r.body.name).toBe("passwd.png");
    const win = await upload(w.aliceUser.token, png(), "..\\..\\windows\\win.png");
    expect(win.body.name).toBe("win.png");
    const t = await open(w.aliceUser.token, {
      subject: "Names",
      description: "d",
      type: "repair",
      attachmentIds: [r.body.id],
    });
    const d = await download(r.body.id, w.aliceUser.token);
    expect(d.headers.get("content-disposition")).toContain("passwd.png");
    expect(d.headers.get("content-disposition")).not.toContain("..");
    expect(t.body.attachments[0].name).toBe("passwd.png");
  });

  it("refuses to link someone else's pending upload, or one already linked, with 422", async () => {
    const bobs = await upload(w.bobUser.token, png(), "bob.png");
    const before = await h.call("GET", "/api/v1/tickets?limit=200", { token: w.aliceUser.token });
    const r = await open(w.aliceUser.token, {
      subject: "Steal",
      description: "d",
      type: "repair",
      attachmentIds: [bobs.body.id],
    });
    expect(r.status).toBe(422);
    expect(r.body.error.code).toBe("attachment.not_usable");
    // nothing half-made: no ticket was opened
    const after = await h.call("GET", "/api/v1/tickets?limit=200", { token: w.aliceUser.token });
    expect(after.body.items.length).toBe(before.body.items.length);
    expect((await download(bobs.body.id, w.aliceUser.token)).status).toBe(404);

    const mine = await upload(w.aliceUser.token, png(), "once.png");
    const first = await open(w.aliceUser.token, {
      subject: "First",
      description: "d",
      type: "repair",
      attachmentIds: [mine.body.id],
    });
    expect(first.status).toBe(201);
    const second = await open(w.aliceUser.token, {
      subject: "Second",
      description: "d",
      type: "repair",
      attachmentIds: [mine.body.id],
    });
    expect(second.status).toBe(422);
    expect(second.body.error.code).toBe("attachment.not_usable");
    const onMessage = await h.call("POST", `/api/v1/tickets/${first.body.id}/messages`, {
      token: w.aliceUser.token,
      body: { body: "again", attachmentIds: [mine.body.id] },
    });
    expect(onMessage.status).toBe(422);
    const unknown = await open(w.aliceUser.token, {
      subject: "Ghost",
      description: "d",
      type: "repair",
      attachmentIds: ["att_does_not_exist"],
    });
    expect(unknown.status).toBe(422);
    // bob's upload is still his to use
    const bobTicket = await open(w.bobUser.token, {
      subject: "Mine after all",
      description: "d",
      type: "repair",
      attachmentIds: [bobs.body.id],
    });
    expect(bobTicket.status).toBe(201);
  });
});
