import type { Services } from "../../../platform/context.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import { kbSops, type SopStep } from "../knowledge.tables.js";

const step = (
  id: string,
  zh: string,
  en: string,
  role: string,
  extra: Partial<Omit<SopStep, "id" | "zh" | "en" | "role">> = {},
): SopStep => ({ id, zh, en, role, tools: "", control: false, minutes: null, exception: "", ...extra });

// Templates for the frequent service scenes (seed 001 §3.3.1): published, not required (so demo
// journeys resolve tickets freely) and not tied to a visit kind (the field demo keeps its own
// checklists); an editor marks them required or for a visit kind in the SOP library.
const TEMPLATES = [
  {
    scene: "hardware_repair",
    titleZh: "硬件故障维修",
    titleEn: "Hardware repair",
    ticketTypes: ["repair"],
    steps: [
      step("s1", "核对序列号、购买日期与保修状态", "Check serial, purchase date and warranty", "agent", {
        control: true,
        minutes: 10,
        tools: "工单、产品档案",
      }),
      step("s2", "按故障码表远程排查", "Remote check against the fault-code table", "agent", {
        minutes: 20,
        tools: "故障码表、知识库",
        exception: "远程无法解决则预约上门",
      }),
      step("s3", "确认备件与上门时间", "Confirm parts and the visit window", "agent", { minutes: 30 }),
      step("s4", "维修后试机并记录结果", "Test after repair and record the result", "technician", {
        control: true,
        exception: "试机仍有故障：升级主管",
      }),
      step("s5", "向客户说明维修内容与费用", "Explain the repair and any charge to the customer", "agent", {
        control: true,
      }),
    ],
  },
  {
    scene: "installation",
    titleZh: "上门安装",
    titleEn: "Installation visit",
    ticketTypes: ["installation"],
    steps: [
      step("s1", "确认安装地址、环境与预约时间", "Confirm address, site and appointment", "agent", {
        control: true,
        minutes: 15,
      }),
      step(
        "s2",
        "提醒客户准备电源、水源与安装空间",
        "Remind the customer of power, water and space",
        "agent",
      ),
      step("s3", "安装并试运行", "Install and test-run", "technician", {
        control: true,
        minutes: 90,
        tools: "安装工具包、水平仪",
        exception: "环境不满足安装条件：记录并改约",
      }),
      step("s4", "讲解使用与保养要点", "Walk the customer through use and care", "technician"),
    ],
  },
  {
    scene: "software_guidance",
    titleZh: "软件与智能功能指导",
    titleEn: "Software and smart-feature guidance",
    ticketTypes: ["consultation", "support"],
    steps: [
      step("s1", "确认型号与 App / 固件版本", "Confirm model and app / firmware version", "agent", {
        control: true,
        minutes: 5,
      }),
      step("s2", "按知识库文章逐步指导", "Guide step by step from the knowledge article", "agent", {
        tools: "知识库、远程协助",
        minutes: 20,
      }),
      step("s3", "确认客户已能自行操作", "Confirm the customer can do it alone", "agent", {
        control: true,
        exception: "仍无法操作：转技术支持",
      }),
    ],
  },
];

export async function seedSopDemo(s: Services, editor: Actor): Promise<void> {
  const now = s.clock.now();
  await s.db.insert(kbSops).values(
    TEMPLATES.map((t) => ({
      id: newId("sop"),
      tenantId: editor.tenantId,
      ...t,
      productLine: null,
      visitKind: null,
      required: false,
      status: "published" as const,
      updatedBy: editor.userId,
      createdAt: now,
      updatedAt: now,
      publishedAt: now,
    })),
  );
}
