import type { z } from "zod";
import type { Services } from "../../../../platform/context.js";
import { AppError } from "../../../../platform/errors.js";
import type { Actor } from "../../../../platform/http/actor.js";
import { tenantSettings } from "../../../tenancy/index.js";
import { accountOf, upsertAccount, type WechatAccountRow } from "../wechat.repository.js";
import type { ZWechatAccountInput } from "../wechat.schemas.js";
import { aesKeyOf } from "../wechat-crypto.js";

async function toDto(s: Services, row: WechatAccountRow) {
  const tenant = await tenantSettings(s.db, row.tenantId);
  return {
    appId: row.appId,
    originalId: row.originalId,
    mode: row.mode,
    hasAesKey: Boolean(row.encodingAesKey),
    templates: row.templates,
    callbackPath: `/api/v1/channels/wechat/${tenant?.slug ?? ""}`,
  };
}

export async function getWechatAccount(s: Services, actor: Actor) {
  const row = await accountOf(s.db, actor.tenantId);
  if (!row) throw new AppError("wechat.unknown_account");
  return toDto(s, row);
}

// The token and key are written, never read back: the platform's developer page is where they
// are shown; here they only verify and decrypt.
export async function putWechatAccount(
  s: Services,
  actor: Actor,
  input: z.infer<typeof ZWechatAccountInput>,
) {
  const key = input.encodingAesKey ?? null;
  if (key !== null) {
    try {
      aesKeyOf(key);
    } catch {
      throw new AppError("wechat.invalid_aes_key");
    }
  }
  if (input.mode !== "plain" && key === null) throw new AppError("wechat.invalid_aes_key");
  await upsertAccount(s.db, {
    tenantId: actor.tenantId,
    appId: input.appId,
    originalId: input.originalId,
    token: input.token,
    encodingAesKey: key,
    mode: input.mode,
    templates: input.templates,
  });
  return getWechatAccount(s, actor);
}
