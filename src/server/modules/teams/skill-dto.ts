import type { Skill } from "../../../shared/api/teams.js";
import type { skills } from "./teams.tables.js";

export const skillDto = (r: typeof skills.$inferSelect): Skill => ({
  code: r.code,
  nameZh: r.nameZh,
  nameEn: r.nameEn,
  managed: true,
});
