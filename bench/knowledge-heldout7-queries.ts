// Held-out evaluation set 7 for the knowledge-base search: 60 answerable questions (every article
// key at least twice) and 15 unanswerable ones. Separate from set 6; no question is repeated.
//
// Written on 2026-12-06 from the article list alone (src/server/modules/knowledge/demo/
// help-articles.ts), before any search change of that day, by someone who had not seen the
// search's lexicon, synonyms or any earlier question set. The questions imitate real customers
// writing to a service desk: elderly people dictating by voice, young people typing fast, dealers
// and shop staff asking for a customer, regional speech (东北, 粤语, 川渝), English speakers living in
// China and Chinese–English mixes. Some questions carry two topics; the label is the one asked.
// `expect` is the article key that answers the question, or null when no article does. Labels may
// only be corrected when they are plainly wrong — never to fit what the search returns.

import type { EvalQuery } from "./knowledge-eval-queries.js";

export const HELDOUT7_QUERIES: EvalQuery[] = [
  // paraphrase
  { q: "脱水转到一半就停下报错E3，桶里只有一条大被子。", expect: "washer-e3", kind: "paraphrase" },
  {
    q: "夏天最热的时候空调总是停机，显示E3，外机晒在太阳底下还积了很多灰。",
    expect: "aircon-e3",
    kind: "paraphrase",
  },
  { q: "洗衣程序卡在排水这一步不动了，过了很久提示超时。", expect: "washer-e2", kind: "paraphrase" },
  { q: "每次洗衣服，洗衣机门口下面都会渗出一些水。", expect: "washer-leak", kind: "paraphrase" },
  { q: "空调制冷时室内机往下滴水，是不是排水管堵了？", expect: "aircon-leak", kind: "paraphrase" },
  { q: "冷冻室的内壁结了一层厚厚的霜，需要怎么处理？", expect: "fridge-frost", kind: "paraphrase" },
  { q: "用热水器洗澡时水温一直不稳定，水开小了更明显。", expect: "heater-temperature", kind: "paraphrase" },
  { q: "想知道我家洗衣机的保修什么时候到期，在哪里能查到？", expect: "warranty", kind: "paraphrase" },
  { q: "冰箱送到第十天发现不制冷，现在还能换一台新的吗？", expect: "returns", kind: "paraphrase" },
  { q: "技术员上门检查后如果我决定不修了，需要付费吗？", expect: "repair-fees", kind: "paraphrase" },
  { q: "空调室外机好像不转，屋里一点都不凉。", expect: "aircon-not-cooling", kind: "paraphrase" },

  // colloquial
  {
    q: "那个 就是说 我今天洗衣服 然后按了开始 它那个水就是进不来 然后过一阵子就叫 那个 水龙头我看了是开着的呀",
    expect: "washer-e1",
    kind: "colloquial",
  },
  { q: "新洗衣机一甩干就咣咣响 整个地都在抖 咋整", expect: "washer-noise", kind: "colloquial" },
  { q: "洗衣机门锁死了 拽不开 衣服在里头呢 嘎哈呀", expect: "washer-door", kind: "colloquial" },
  { q: "洗衣机里头一股馊味 咋个清理嘛", expect: "washer-smell", kind: "colloquial" },
  { q: "屋里那台空调老是F07 断电重开也还是有 要找人来修不", expect: "aircon-f07", kind: "colloquial" },
  { q: "遥控器按极都冇反应 冷气开唔到", expect: "aircon-remote", kind: "colloquial" },
  { q: "空调开暖风 吹一会儿就不吹了 外机还冒白气 咋回事", expect: "aircon-not-heating", kind: "colloquial" },
  { q: "冷气用咗成个夏天 想搵人上门洗 有冇得预约", expect: "aircon-cleaning", kind: "colloquial" },
  { q: "雪柜啲饮品放落去都唔冻 下面急冻格就冇问题", expect: "fridge-not-cooling", kind: "colloquial" },
  { q: "冰箱响得跟拖拉机似的 以前没这么大声", expect: "fridge-noise", kind: "colloquial" },
  { q: "冰箱屏幕闪个E6 里头肉还能放不", expect: "fridge-e6", kind: "colloquial" },
  {
    q: "那个 就是说 我们家那个燃气热水器啊 然后一开热水它就不着 就听见咔咔咔的 然后就显示个E1 那个 是不是没气了",
    expect: "heater-e1",
    kind: "colloquial",
  },
  { q: "我是门店的 顾客买了台洗衣机 要约上门装 在哪弄", expect: "installation", kind: "colloquial" },
  { q: "冰箱E6报修了 单子到哪一步了 师傅啥时候来", expect: "repair-progress", kind: "colloquial" },
  { q: "约的师傅周三来 我周三不在家 能换个时间不", expect: "reschedule", kind: "colloquial" },
  { q: "洗衣机排水管老化了 想买根原厂的", expect: "spare-parts", kind: "colloquial" },
  { q: "买冰箱的发票丢了 咋补", expect: "invoice", kind: "colloquial" },
  { q: "俺这空调买三年了 压缩机坏了还给保不", expect: "warranty", kind: "colloquial" },
  { q: "帮我妈问的 刚买的热水器用了三天就坏了 能退不", expect: "returns", kind: "colloquial" },

  // typo
  { q: "洗衣机脱谁e3 滚通不平衡", expect: "washer-e3", kind: "typo" },
  { q: "洗衣机进谁超时 E1", expect: "washer-e1", kind: "typo" },
  { q: "冰箱冷冻事结霜太厚", expect: "fridge-frost", kind: "typo" },
  { q: "kongtiao yaokongqi meifanying", expect: "aircon-remote", kind: "typo" },
  { q: "热水气水温忽冷忽热", expect: "heater-temperature", kind: "typo" },
  { q: "维修收废标准", expect: "repair-fees", kind: "typo" },
  { q: "修改预越时间", expect: "reschedule", kind: "typo" },
  { q: "kt安装怎么约 新买的", expect: "installation", kind: "typo" },

  // keyword
  { q: "e3", expect: "washer-e3", kind: "keyword", products: ["washer"] },
  { q: "E1", expect: "heater-e1", kind: "keyword", products: ["water-heater"] },
  { q: "f07 通讯故障", expect: "aircon-f07", kind: "keyword" },
  { q: "E6 传感器", expect: "fridge-e6", kind: "keyword" },
  { q: "退换货", expect: "returns", kind: "keyword" },
  { q: "洗衣机 E2", expect: "washer-e2", kind: "keyword" },

  // english
  { q: "AC is on cool at 18 degrees but the room stays hot", expect: "aircon-not-cooling", kind: "english" },
  { q: "There's a puddle under my washing machine after every wash", expect: "washer-leak", kind: "english" },
  { q: "Indoor AC unit is dripping water onto the sofa", expect: "aircon-leak", kind: "english" },
  { q: "How often should I clean the air conditioner filter?", expect: "aircon-cleaning", kind: "english" },
  {
    q: "My fridge is warm inside even though the light comes on",
    expect: "fridge-not-cooling",
    kind: "english",
  },
  {
    q: "Where do I register my serial number to see when the warranty ends?",
    expect: "warranty",
    kind: "english",
  },
  {
    q: "Can I get an e-invoice for the repair? My company needs it for reimbursement",
    expect: "invoice",
    kind: "english",
  },
  { q: "how do I track my repair request", expect: "repair-progress", kind: "english" },
  { q: "Can the technician bring a new drain hose when he comes?", expect: "spare-parts", kind: "english" },

  // mixed
  { q: "空调外机overheat然后E3 是不是要清洁condenser", expect: "aircon-e3", kind: "mixed" },
  { q: "洗衣机vibration特别厉害 地板是soft的木地板", expect: "washer-noise", kind: "mixed" },
  { q: "front loader门locked 洗完了还是打不开", expect: "washer-door", kind: "mixed" },
  { q: "洗衣机smell好重 self-clean程序怎么用", expect: "washer-smell", kind: "mixed" },
  { q: "空调heating mode不热 outdoor unit是在defrost吗", expect: "aircon-not-heating", kind: "mixed" },
  { q: "冰箱compressor嗡嗡响 normal吗", expect: "fridge-noise", kind: "mixed" },
  { q: "洗衣机E2 过保了 labor fee和parts要另算吗", expect: "repair-fees", kind: "mixed" },

  // unanswerable — wrong product line for a fault code
  { q: "冰箱显示F07是啥意思", expect: null, kind: "unanswerable" },
  { q: "热水器报E3 咋整", expect: null, kind: "unanswerable" },
  { q: "滚筒洗衣机显示F07", expect: null, kind: "unanswerable" },
  { q: "my fridge shows E1 what does it mean", expect: null, kind: "unanswerable" },
  // unanswerable — near misses and other matters
  { q: "空调除甲醛功能怎么开", expect: null, kind: "unanswerable" },
  { q: "冰箱调多少度最省电", expect: null, kind: "unanswerable" },
  { q: "洗衣机能放在阳台上吗 冬天会不会冻坏", expect: null, kind: "unanswerable" },
  { q: "电热水器一用就跳闸", expect: null, kind: "unanswerable" },
  { q: "烘干机烘完衣服还是潮的", expect: null, kind: "unanswerable" },
  { q: "我想当你们的维修师傅 怎么报名", expect: null, kind: "unanswerable" },
  { q: "会员积分怎么用", expect: null, kind: "unanswerable" },
  { q: "Is there an English-speaking hotline I can call?", expect: null, kind: "unanswerable" },
  { q: "净水器滤芯多久换一次", expect: null, kind: "unanswerable" },
  { q: "空调室外机能装在窗户下面吗", expect: null, kind: "unanswerable" },
  { q: "燃气热水器有没有每年上门安检的服务", expect: null, kind: "unanswerable" },
];
