import type { CustomerTier, TicketType } from "../../shared/domain.js";

export const DEMO_PASSWORD = "aftercare-demo";

export const DEMO_STAFF = [
  { email: "admin@demo.local", name: "王建国", role: "admin", skills: [] },
  {
    email: "manager@demo.local",
    name: "陈静",
    role: "supervisor",
    skills: ["washer", "fridge", "aircon", "vip"],
  },
  {
    email: "agent@demo.local",
    name: "刘洋",
    role: "agent",
    skills: ["washer", "fridge", "dishwasher", "vip"],
  },
  {
    email: "agent2@demo.local",
    name: "赵敏",
    role: "agent",
    skills: ["aircon", "water-heater", "compressor"],
  },
  {
    email: "tech@demo.local",
    name: "孙强",
    role: "technician",
    skills: ["washer", "aircon", "compressor"],
  },
  { email: "qa@demo.local", name: "周丽", role: "qa", skills: [] },
] as const;

export const DEMO_OUTLETS = [
  { key: "xuhui", name: "上海徐汇专卖店", region: "华东" },
  { key: "chaoyang", name: "北京朝阳授权经销商", region: "华北" },
] as const;

export const DEMO_PRODUCTS = [
  {
    sku: "WM-D100",
    name: "滚筒洗衣机 D100 10kg",
    category: "washer",
    warrantyMonths: 36,
    skills: ["washer"],
  },
  { sku: "WM-T80", name: "波轮洗衣机 T80", category: "washer", warrantyMonths: 12, skills: ["washer"] },
  {
    sku: "RF-500",
    name: "十字对开门冰箱 RF-500",
    category: "fridge",
    warrantyMonths: 36,
    skills: ["fridge"],
  },
  { sku: "AC-9K", name: "变频空调 AC-9K 1.5匹", category: "aircon", warrantyMonths: 72, skills: ["aircon"] },
  {
    sku: "DW-12",
    name: "嵌入式洗碗机 DW-12",
    category: "dishwasher",
    warrantyMonths: 24,
    skills: ["dishwasher"],
  },
  {
    sku: "WH-60",
    name: "燃气热水器 WH-60",
    category: "water-heater",
    warrantyMonths: 36,
    skills: ["water-heater"],
  },
  { sku: "RV-S7", name: "扫地机器人 S7", category: "robot", warrantyMonths: 12, skills: [] },
  {
    sku: "CP-22KW",
    name: "工业螺杆空压机 22kW",
    category: "compressor",
    warrantyMonths: 18,
    skills: ["compressor"],
  },
] as const;

const SURNAMES = [
  "张",
  "李",
  "王",
  "刘",
  "陈",
  "杨",
  "黄",
  "赵",
  "吴",
  "周",
  "徐",
  "孙",
  "马",
  "朱",
  "胡",
  "郭",
];
const GIVEN = [
  "伟",
  "芳",
  "娜",
  "敏",
  "静",
  "磊",
  "洋",
  "艳",
  "勇",
  "军",
  "杰",
  "娟",
  "涛",
  "明",
  "超",
  "霞",
];
const COMPANIES = [
  "上海宏达餐饮管理有限公司",
  "苏州精工机械制造厂",
  "杭州云栖酒店",
  "北京朝阳物业服务中心",
  "深圳优品连锁超市",
  "成都锦江制衣有限公司",
];

export type DemoCustomer = {
  name: string;
  kind: "person" | "company";
  tier: CustomerTier;
  email: string;
  phone: string;
  outlet?: string;
};

export function demoCustomers(rand: () => number, count: number): DemoCustomer[] {
  const list: DemoCustomer[] = [
    {
      name: "张伟",
      kind: "person",
      tier: "gold",
      email: "customer@demo.local",
      phone: "+86 138 0000 0001",
      outlet: "xuhui",
    },
    {
      name: "李娜",
      kind: "person",
      tier: "standard",
      email: "customer2@demo.local",
      phone: "+86 139 0000 0002",
    },
  ];
  for (let i = 0; list.length < count; i++) {
    const company = i % 7 === 0;
    const name = company
      ? (COMPANIES[i % COMPANIES.length] ?? "公司")
      : `${pick(rand, SURNAMES)}${pick(rand, GIVEN)}${rand() < 0.5 ? pick(rand, GIVEN) : ""}`;
    const r = rand();
    list.push({
      name,
      kind: company ? "company" : "person",
      tier: company ? (r < 0.5 ? "vip" : "gold") : r < 0.08 ? "vip" : r < 0.3 ? "gold" : "standard",
      email: `customer${i + 3}@example.cn`,
      phone: `+86 13${Math.floor(rand() * 10)} ${String(Math.floor(rand() * 10000)).padStart(4, "0")} ${String(i).padStart(4, "0")}`,
      ...(rand() < 0.35 ? { outlet: rand() < 0.5 ? "xuhui" : "chaoyang" } : {}),
    });
  }
  return list;
}

// boughtDaysAgo: the story only makes sense for a unit bought that many days before the ticket (a
// return "after three days of use", an exchange of a scratched door on delivery): the demo buys the
// customer a new unit then, so the warranty status and the story agree.
export type DemoProblem = { type: TicketType; subject: string; description: string; boughtDaysAgo?: number };

export const PROBLEMS: Record<string, DemoProblem[]> = {
  washer: [
    {
      type: "repair",
      subject: "洗衣机脱水时剧烈震动",
      description: "脱水时整机跳动并有很大的撞击声，已检查过地面是平的。",
    },
    {
      type: "repair",
      subject: "洗衣机漏水",
      description: "洗衣时底部漏水，地面积了一滩水，门封看起来没有破损。",
    },
    { type: "support", subject: "显示错误代码 E21", description: "洗到一半停止，面板显示 E21，无法排水。" },
    {
      type: "installation",
      subject: "新机安装预约",
      description: "刚收到洗衣机，需要上门安装并拆除运输螺栓。",
      boughtDaysAgo: 1,
    },
  ],
  fridge: [
    {
      type: "repair",
      subject: "冰箱冷藏室不制冷",
      description: "冷冻正常，冷藏室温度一直在 12 度左右，食物容易坏。",
    },
    {
      type: "repair",
      subject: "Fridge makes a loud buzzing noise",
      description: "Since last week the compressor buzzes loudly every few minutes at night.",
    },
    {
      type: "exchange",
      subject: "新冰箱门体有划痕，申请换货",
      description: "送货后开箱发现左侧门体有明显划痕，要求换新。",
      boughtDaysAgo: 2,
    },
  ],
  aircon: [
    {
      type: "repair",
      subject: "空调制热效果差",
      description: "开了两个小时房间温度只有 16 度，外机有结霜。",
    },
    { type: "installation", subject: "空调移机安装", description: "搬家需要把空调移到新房，请安排师傅。" },
    {
      type: "consultation",
      subject: "空调清洗保养咨询",
      description: "想了解上门清洗保养的收费标准和预约方式。",
    },
  ],
  dishwasher: [
    { type: "repair", subject: "洗碗机洗不干净", description: "碗上有残留物和白色水渍，已经加了洗碗盐。" },
    {
      type: "refund",
      subject: "洗碗机尺寸不合适申请退货",
      description: "橱柜开孔尺寸不够，七天内申请无理由退货。",
      boughtDaysAgo: 5,
    },
  ],
  "water-heater": [
    {
      type: "repair",
      subject: "热水器点不着火",
      description: "打开热水阀后只听到咔哒声，不出热水，显示 E1。",
    },
    {
      type: "complaint",
      subject: "维修师傅迟到两小时且未提前通知",
      description: "预约上午十点上门，师傅十二点才到，也没打电话说明。",
    },
  ],
  robot: [
    {
      type: "support",
      subject: "Robot vacuum can't connect to Wi-Fi",
      description: "The app says the device is offline after the router was replaced.",
    },
    {
      type: "return",
      subject: "扫地机器人退货",
      description: "使用三天后发现无法识别地毯，申请退货。",
      boughtDaysAgo: 3,
    },
  ],
  compressor: [
    {
      type: "repair",
      subject: "空压机排气温度过高停机",
      description: "车间空压机运行一小时后报排气温度高停机，影响生产，请尽快派工程师。",
    },
    {
      type: "delivery",
      subject: "空压机配件送货签收确认",
      description: "请确认本周三送达的油分芯和空滤的型号数量。",
    },
    {
      type: "suggestion",
      subject: "建议提供远程监控服务",
      description: "希望能提供设备运行数据远程监控，提前预警故障。",
    },
  ],
};

export const STAFF_REPLIES = [
  "您好，已收到您的报修，我们会尽快为您处理。",
  "请问设备是否已放平？方便的话请发一张铭牌照片。",
  "已为您预约工程师上门，届时会提前电话联系。",
  "Thanks for the details — we have ordered the replacement part.",
  "工程师已完成检修，更换了相关部件，请您试用确认。",
];
export const CUSTOMER_REPLIES = [
  "好的，谢谢！",
  "照片已上传，麻烦尽快。",
  "明天下午在家，可以上门。",
  "Still happening this morning.",
  "请问大概什么时候能修好？",
];
export const INTERNAL_NOTES = [
  "疑似排水泵故障，备件库有货。",
  "客户为金牌会员，优先处理。",
  "Checked the warranty card — purchase receipt matches the serial.",
];

export function pick<T>(rand: () => number, list: readonly T[]): T {
  const item = list[Math.floor(rand() * list.length)];
  if (item === undefined) throw new Error("pick from an empty list");
  return item;
}

// A small deterministic PRNG so the demo looks the same on every machine.
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
