import type { z } from "zod";
import { deliverySettings } from "../../../../config.js";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { tenantSettings } from "../../../tenancy/index.js";
import { accountOf, upsertAccount, type WechatAccountRow } from "../wechat.repository.js";
import type { ZWechatAccountInput } from "../wechat.schemas.js";
import { aesKeyOf } from "../wechat-crypto.js";

async function toDto(s: Services, row: WechatAccountRow) {
  const tenant = await tenantSettings(s.db, row.tenantId);
  const callbackPath = `/api/v1/channels/wechat/${tenant?.slug ?? ""}`;
  // The page falls back to its own origin when the server does not know its public address.
  const base = deliverySettings().publicUrl?.replace(/\/+$/, "");
  return {
    appId: row.appId,
    originalId: row.originalId,
    mode: row.mode,
    hasToken: Boolean(row.token),
    hasAesKey: Boolean(row.encodingAesKey),
    templates: row.templates,
    callbackPath,
    callbackUrl: base ? `${base}${callbackPath}` : null,
  };
}

export async function getWechatAccount(s: Services, actor: Actor) {
  const row = await accountOf(s.db, actor.tenantId);
  if (!row) throw new AppError("wechat.unknown_account");
  return toDto(s, row);
}

// A field error the web form shows under the field; the message is a catalogue code, translated
// by the error mapper.
const fieldError = (code: "wechat.token_required" | "wechat.invalid_aes_key", path: string) =>
  new AppError(code, {}, [{ path, message: code }]);

// The token and key are written, never read back: the platform's developer page is where they
// are shown; here they only verify and decrypt. Left out or blank, the stored ones are kept (so
// the settings form can be saved without typing them again); a null key clears it.
export async function putWechatAccount(
  s: Services,
  actor: Actor,
  input: z.infer<typeof ZWechatAccountInput>,
) {
  const stored = await accountOf(s.db, actor.tenantId);
  const token = input.token || stored?.token;
  if (!token) throw fieldError("wechat.token_required", "token");
  const key = input.encodingAesKey === null ? null : input.encodingAesKey || (stored?.encodingAesKey ?? null);
  if (key !== null) {
    try {
      aesKeyOf(key);
    } catch {
      throw fieldError("wechat.invalid_aes_key", "encodingAesKey");
    }
  }
  if (input.mode !== "plain" && key === null) throw fieldError("wechat.invalid_aes_key", "encodingAesKey");
  await upsertAccount(s.db, {
    tenantId: actor.tenantId,
    appId: input.appId,
    originalId: input.originalId,
    token,
    encodingAesKey: key,
    mode: input.mode,
    templates: input.templates,
  });
  return getWechatAccount(s, actor);
}
