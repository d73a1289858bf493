import type { Locale } from "./i18n/locale.js";
import type { Entitlement } from "./warranty.js";

/** The "why" panel: the result in plain sentences, in zh-CN or English. */
export function explainEntitlement(_result: Entitlement, _locale: Locale): string[] {
  throw new Error("explainEntitlement: being implemented on branch h-engine");
}
