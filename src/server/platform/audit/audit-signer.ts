import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject, sign } from "node:crypto";
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  type Checkpoint,
  checkpointBody,
  formatVerifierKey,
  signatureLine,
} from "../../../shared/audit-checkpoint.js";

export const AUDIT_KEY_NAME = "aftercare-audit";

export type AuditSigner = {
  publicKey: Uint8Array;
  // verifier key in the signed-note format: what customers and witnesses pin
  verifierKey: string;
  signCheckpoint(c: Checkpoint): string;
};

// The checkpoint signing key lives in a file, never in the database: whoever holds only the
// database (an administrator, a stolen backup) cannot sign a checkpoint over a rewritten history.
// Created with mode 0600 on first use; keep it on another volume or in a secret store.
function loadOrCreateKey(file: string): KeyObject {
  if (!existsSync(file)) {
    mkdirSync(path.dirname(file), { recursive: true });
    const { privateKey } = generateKeyPairSync("ed25519");
    const pem = privateKey.export({ type: "pkcs8", format: "pem" }).toString();
    // "wx": never overwrite a key another process created meanwhile.
    try {
      writeFileSync(file, pem, { mode: 0o600, flag: "wx" });
      chmodSync(file, 0o600);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== "EEXIST") throw err;
    }
  }
  const key = createPrivateKey(readFileSync(file));
  if (key.asymmetricKeyType !== "ed25519") throw new Error(`${file} does not hold an Ed25519 private key`);
  return key;
}

export function createAuditSigner(privateKey: KeyObject): AuditSigner {
  const jwk = createPublicKey(privateKey).export({ format: "jwk" });
  const publicKey = new Uint8Array(Buffer.from(String(jwk.x), "base64url"));
  return {
    publicKey,
    verifierKey: formatVerifierKey(AUDIT_KEY_NAME, publicKey),
    signCheckpoint(c) {
      const body = checkpointBody(c);
      const signature = new Uint8Array(sign(null, Buffer.from(body), privateKey));
      return `${body}\n${signatureLine(AUDIT_KEY_NAME, publicKey, signature)}`;
    },
  };
}

const signers = new Map<string, AuditSigner>();

export function auditSigner(keyFile: string): AuditSigner {
  let signer = signers.get(keyFile);
  if (!signer) {
    signer = createAuditSigner(loadOrCreateKey(keyFile));
    signers.set(keyFile, signer);
  }
  return signer;
}
