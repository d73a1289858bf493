import { skills } from "../modules/teams/index.js";
import type { Services } from "../platform/context.js";

// The demo's skill codes with their names, so no slug shows on screen on first start.
const DEMO_SKILLS = [
  ["washer", "洗衣机", "Washing machines"],
  ["fridge", "冰箱", "Refrigerators"],
  ["aircon", "空调", "Air conditioners"],
  ["dishwasher", "洗碗机", "Dishwashers"],
  ["water-heater", "热水器", "Water heaters"],
  ["compressor", "工业空压机", "Industrial compressors"],
  ["vip", "VIP 客户服务", "VIP customers"],
] as const;

export async function seedSkillsDemo(s: Services, tenantId: string): Promise<void> {
  await s.db
    .insert(skills)
    .values(DEMO_SKILLS.map(([code, nameZh, nameEn]) => ({ tenantId, code, nameZh, nameEn })));
}
