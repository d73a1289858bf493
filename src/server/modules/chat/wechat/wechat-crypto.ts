import { createCipheriv, createDecipheriv, randomBytes } from "node:crypto";

// Safe mode ("安全模式") of the Official Account message callback: AES-256-CBC where the key is
// the 43-character EncodingAESKey read as base64 (with the missing "=" put back), the IV is the
// key's first 16 bytes, and padding is PKCS#7 to 32-byte blocks (not AES's 16). The plaintext is
// 16 random bytes, the message length as 4 bytes big-endian, the message, then the AppID, which
// the receiver must check: a message encrypted for another account is not ours.

const BLOCK = 32;

export class WechatCryptoError extends Error {
  constructor(readonly reason: "bad_key" | "bad_ciphertext" | "wrong_app") {
    super(`wechat crypto: ${reason}`);
  }
}

export function aesKeyOf(encodingAesKey: string): Buffer {
  if (!/^[A-Za-z0-9+/]{43}$/.test(encodingAesKey)) throw new WechatCryptoError("bad_key");
  return Buffer.from(`${encodingAesKey}=`, "base64");
}

function pad(data: Buffer): Buffer {
  const n = BLOCK - (data.length % BLOCK);
  return Buffer.concat([data, Buffer.alloc(n, n)]);
}

function unpad(data: Buffer): Buffer {
  const n = data.at(-1) ?? 0;
  if (n < 1 || n > BLOCK || n > data.length) throw new WechatCryptoError("bad_ciphertext");
  for (let i = data.length - n; i < data.length; i++)
    if (data[i] !== n) throw new WechatCryptoError("bad_ciphertext");
  return data.subarray(0, data.length - n);
}

export type WechatCipher = {
  encrypt(message: string, random?: Buffer): string;
  decrypt(encrypted: string): string;
};

export function wechatCipher(encodingAesKey: string, appId: string): WechatCipher {
  const key = aesKeyOf(encodingAesKey);
  const iv = key.subarray(0, 16);
  return {
    encrypt(message, random = randomBytes(16)) {
      const body = Buffer.from(message, "utf8");
      const length = Buffer.alloc(4);
      length.writeUInt32BE(body.length);
      const plain = pad(Buffer.concat([random.subarray(0, 16), length, body, Buffer.from(appId, "utf8")]));
      const cipher = createCipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      return Buffer.concat([cipher.update(plain), cipher.final()]).toString("base64");
    },
    decrypt(encrypted) {
      const data = Buffer.from(encrypted, "base64");
      if (data.length === 0 || data.length % 16 !== 0) throw new WechatCryptoError("bad_ciphertext");
      const decipher = createDecipheriv("aes-256-cbc", key, iv).setAutoPadding(false);
      const plain = unpad(Buffer.concat([decipher.update(data), decipher.final()]));
      if (plain.length < 20) throw new WechatCryptoError("bad_ciphertext");
      const length = plain.readUInt32BE(16);
      if (20 + length > plain.length) throw new WechatCryptoError("bad_ciphertext");
      const message = plain.subarray(20, 20 + length).toString("utf8");
      if (plain.subarray(20 + length).toString("utf8") !== appId) throw new WechatCryptoError("wrong_app");
      return message;
    },
  };
}
