import { createPublicKey, verify } from "node:crypto";
import { sha256 } from "./merkle.js";

// Signed checkpoints in the C2SP formats (tlog-checkpoint inside a signed-note), so standard
// witness and monitor tooling can read them:
//
//   aftercare.audit/<tenant id>          origin: which log
//   <tree size>                          decimal
//   <root hash, base64>                  RFC 6962 root of the first <tree size> entries
//   time <ISO 8601 UTC>                  extension line: when the sealer signed it
//                                        (blank line)
//   — <key name> <base64(key id ‖ Ed25519 signature over everything above the blank line)>
//
// The key id is the first 4 bytes of SHA-256(key name ‖ "\n" ‖ 0x01 ‖ public key); the public key
// travels as a verifier key "<name>+<key id hex>+<base64(0x01 ‖ public key)>".

const ORIGIN_PREFIX = "aftercare.audit/";

export type Checkpoint = { tenantId: string; size: number; rootHash: Uint8Array; time: string };

export function checkpointBody(c: Checkpoint): string {
  return `${ORIGIN_PREFIX}${c.tenantId}\n${c.size}\n${Buffer.from(c.rootHash).toString("base64")}\ntime ${c.time}\n`;
}

function parseCheckpointBody(body: string): Checkpoint | null {
  const lines = body.split("\n");
  if (lines.length !== 5 || lines[4] !== "") return null;
  const [origin = "", size = "", root = "", time = ""] = lines;
  if (!origin.startsWith(ORIGIN_PREFIX) || !/^(0|[1-9][0-9]{0,15})$/.test(size)) return null;
  const rootHash = new Uint8Array(Buffer.from(root, "base64"));
  if (rootHash.length !== 32 || Buffer.from(rootHash).toString("base64") !== root) return null;
  if (!time.startsWith("time ") || Number.isNaN(Date.parse(time.slice(5)))) return null;
  return { tenantId: origin.slice(ORIGIN_PREFIX.length), size: Number(size), rootHash, time: time.slice(5) };
}

function keyId(name: string, publicKey: Uint8Array): Uint8Array {
  return sha256(Buffer.from(`${name}\n`), new Uint8Array([0x01]), publicKey).slice(0, 4);
}

export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  const id = Buffer.from(keyId(name, publicKey)).toString("hex");
  return `${name}+${id}+${Buffer.concat([Buffer.from([0x01]), publicKey]).toString("base64")}`;
}

type VerifierKey = { name: string; id: Uint8Array; publicKey: Uint8Array };

function parseVerifierKey(vkey: string): VerifierKey | null {
  const m = /^([^+\s]+)\+([0-9a-f]{8})\+([A-Za-z0-9+/=]+)$/.exec(vkey.trim());
  if (!m) return null;
  const raw = Buffer.from(m[3] ?? "", "base64");
  if (raw.length !== 33 || raw[0] !== 0x01) return null;
  const publicKey = new Uint8Array(raw.subarray(1));
  const name = m[1] ?? "";
  const id = keyId(name, publicKey);
  if (Buffer.from(id).toString("hex") !== m[2]) return null;
  return { name, id, publicKey };
}

function ed25519Key(publicKey: Uint8Array) {
  return createPublicKey({
    key: { kty: "OKP", crv: "Ed25519", x: Buffer.from(publicKey).toString("base64url") },
    format: "jwk",
  });
}

// The signed-note signature line for `body` (computed by the caller's private key).
export function signatureLine(name: string, publicKey: Uint8Array, signature: Uint8Array): string {
  const blob = Buffer.concat([keyId(name, publicKey), signature]).toString("base64");
  return `\u2014 ${name} ${blob}\n`;
}

// Opens a signed note with one trusted key: the checkpoint when a signature line by that key
// verifies over the body, otherwise null (unsigned, signed by another key, or altered).
export function openCheckpoint(note: string, vkey: string): Checkpoint | null {
  const key = parseVerifierKey(vkey);
  const split = note.indexOf("\n\n");
  if (!key || split < 0) return null;
  const body = note.slice(0, split + 1);
  const checkpoint = parseCheckpointBody(body);
  if (!checkpoint) return null;
  const pub = ed25519Key(key.publicKey);
  for (const line of note.slice(split + 2).split("\n")) {
    const m = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    if (!m || m[1] !== key.name) continue;
    const blob = Buffer.from(m[2] ?? "", "base64");
    if (blob.length !== 68 || !blob.subarray(0, 4).equals(Buffer.from(key.id))) continue;
    if (verify(null, Buffer.from(body), pub, blob.subarray(4))) return checkpoint;
  }
  return null;
}
