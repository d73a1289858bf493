import { createHash } from "node:crypto";
import { deliverySettings } from "../../../config.js";
import type { Services } from "../../../platform/context.js";

export const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

export function publicBaseUrl(s: Services): string {
  const url = deliverySettings().publicUrl ?? `http://${s.config.host}:${s.config.port}`;
  return url.replace(/\/+$/, "");
}
