import type { Db } from "../../platform/db/client.js";

// Whether work needing a skill goes only to people certified for it: the tenant's routing setting
// (`certification` in assignment's routing settings). Field cannot import assignment (assignment
// reads field's loads and certifications), so assignment provides the reader when the modules are
// wired; without it the policy is "off" (today's behaviour: only a lapsed certification blocks).
export type CertificationMode = "required" | "preferred" | "off";
export type CertificationModeReader = (db: Db, tenantId: string) => Promise<CertificationMode>;

let provided: CertificationModeReader | null = null;

export function provideCertificationMode(reader: CertificationModeReader): void {
  provided = reader;
}

export async function certificationModeOf(db: Db, tenantId: string): Promise<CertificationMode> {
  return provided ? provided(db, tenantId) : "off";
}
