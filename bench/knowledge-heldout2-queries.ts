import type { EvalQuery } from "./knowledge-eval-queries.js";

// A second held-out question set for the knowledge search (articles: the demo knowledge base).
// Written before the search changes that followed the first held-out set's figures, from the
// article list alone (not from what the search got right or wrong), the way appliance customers
// type: short, colloquial, dialect words, missing words, wrong characters from the pinyin input
// method. Measured once clean (after round 7's first changes); its misses were then read and it
// served as development data for the can't-V rule, so it is seen now (README "Held-out sets").
// Only a label may be corrected when its expected article is plainly not the answer.

export const HELDOUT2_QUERIES: EvalQuery[] = [
  // paraphrase
  { q: "洗衣机脱水的时候衣服全堆一边，然后就报警不转了", expect: "washer-e3", kind: "paraphrase" },
  { q: "洗衣机水龙头开着但是水就是进不去", expect: "washer-e1", kind: "paraphrase" },
  { q: "洗完一缸水排不掉，衣服泡在里面", expect: "washer-e2", kind: "paraphrase" },
  { q: "新买的洗衣机一甩干整个机器都在跳", expect: "washer-noise", kind: "paraphrase" },
  { q: "洗衣服的时候门那里往外冒水", expect: "washer-leak", kind: "paraphrase" },
  { q: "空调开了制冷吹出来的风不冷", expect: "aircon-not-cooling", kind: "paraphrase" },
  { q: "空调室内机往下淌水，墙都湿了", expect: "aircon-leak", kind: "paraphrase" },
  { q: "空调外机旁边堆了东西，然后显示高压保护停机", expect: "aircon-e3", kind: "paraphrase" },
  { q: "空调遥控器按了屏幕也不亮", expect: "aircon-remote", kind: "paraphrase" },
  { q: "冰箱冷冻室里面结了一层冰，抽屉都拉不开", expect: "fridge-frost", kind: "paraphrase" },
  { q: "冰箱冷藏的菜放着不凉，容易坏", expect: "fridge-not-cooling", kind: "paraphrase" },
  { q: "热水器洗着洗着水就变凉了，过一会又烫", expect: "heater-temperature", kind: "paraphrase" },
  { q: "修好以后能不能给我开个单位抬头的票", expect: "invoice", kind: "paraphrase" },
  { q: "过了保修期修一次怎么收钱", expect: "repair-fees", kind: "paraphrase" },
  { q: "想买个原装的空调过滤网", expect: "spare-parts", kind: "paraphrase" },
  // colloquial
  { q: "洗衣机甩不起来咋回事", expect: "washer-e3", kind: "colloquial" },
  { q: "滚筒洗衣机跟拖拉机一样响", expect: "washer-noise", kind: "colloquial" },
  { q: "洗衣机门开不了 衣服拿不出来 急", expect: "washer-door", kind: "colloquial" },
  { q: "洗衣机一股子馊味儿", expect: "washer-smell", kind: "colloquial" },
  { q: "空调光吹风不凉", expect: "aircon-not-cooling", kind: "colloquial" },
  { q: "大冬天空调吹不出热风冻死了", expect: "aircon-not-heating", kind: "colloquial" },
  { q: "空调滴答滴答往下掉水", expect: "aircon-leak", kind: "colloquial" },
  { q: "冰箱不冷了 肉都臭了", expect: "fridge-not-cooling", kind: "colloquial" },
  { q: "冰箱半夜嗡嗡叫", expect: "fridge-noise", kind: "colloquial" },
  { q: "热水器打了好几次火都点不着", expect: "heater-e1", kind: "colloquial" },
  { q: "师傅啥时候能来给俺装空调", expect: "installation", kind: "colloquial" },
  { q: "俺家洗衣机修到哪了 咋还没动静", expect: "repair-progress", kind: "colloquial" },
  { q: "刚买三天就坏了 能退不", expect: "returns", kind: "colloquial" },
  { q: "空调里头黑乎乎的 想洗洗", expect: "aircon-cleaning", kind: "colloquial" },
  // typo (homophones from the pinyin input method, pinyin left in Latin mode, misspellings)
  { q: "洗衣机派水慢", expect: "washer-e2", kind: "typo" },
  { q: "空调不至热", expect: "aircon-not-heating", kind: "typo" },
  { q: "冰想不冷", expect: "fridge-not-cooling", kind: "typo" },
  { q: "热水气点火失败", expect: "heater-e1", kind: "typo" },
  { q: "洗衣鸡漏水", expect: "washer-leak", kind: "typo" },
  { q: "报修期多久", expect: "warranty", kind: "typo" },
  { q: "空调漏谁", expect: "aircon-leak", kind: "typo" },
  { q: "xiyiji 有味道", expect: "washer-smell", kind: "typo" },
  { q: "fapiao 怎么开", expect: "invoice", kind: "typo" },
  { q: "instalation apointment", expect: "installation", kind: "typo" },
  { q: "refridgerator making noise", expect: "fridge-noise", kind: "typo" },
  // keyword
  { q: "E2", expect: "washer-e2", kind: "keyword" },
  { q: "冰箱结冰", expect: "fridge-frost", kind: "keyword" },
  { q: "热水器 水温", expect: "heater-temperature", kind: "keyword" },
  { q: "运输螺栓", expect: "washer-noise", kind: "keyword" },
  { q: "应急开锁", expect: "washer-door", kind: "keyword" },
  { q: "改约", expect: "reschedule", kind: "keyword" },
  // English
  { q: "my washing machine won't drain", expect: "washer-e2", kind: "english" },
  { q: "washer leaking water on the floor", expect: "washer-leak", kind: "english" },
  { q: "AC remote not working", expect: "aircon-remote", kind: "english" },
  { q: "how much does a repair visit cost", expect: "repair-fees", kind: "english" },
  { q: "change my appointment time", expect: "reschedule", kind: "english" },
  { q: "freezer full of ice", expect: "fridge-frost", kind: "english" },
  { q: "water heater won't ignite", expect: "heater-e1", kind: "english" },
  { q: "air con not heating in winter", expect: "aircon-not-heating", kind: "english" },
  // mixed Chinese / English
  { q: "洗衣机 door 打不开", expect: "washer-door", kind: "mixed" },
  { q: "空调 remote 没反应", expect: "aircon-remote", kind: "mixed" },
  { q: "冰箱 noise 很大", expect: "fridge-noise", kind: "mixed" },
  { q: "我要 refund 退货", expect: "returns", kind: "mixed" },
  { q: "又报E3了", expect: "washer-e3", kind: "mixed", products: ["washer"] },
  { q: "E1 点不着", expect: "heater-e1", kind: "mixed", products: ["water-heater", "washer"] },
  // unanswerable: sounds like after-sales, but no article answers it
  { q: "电视开机黑屏但是有声音", expect: null, kind: "unanswerable" },
  { q: "净水器滤芯多久换一次", expect: null, kind: "unanswerable" },
  { q: "空气净化器一直亮红灯", expect: null, kind: "unanswerable" },
  { q: "电饭煲煮的饭夹生", expect: null, kind: "unanswerable" },
  { q: "手机充不进电", expect: null, kind: "unanswerable" },
  { q: "你们售后电话多少", expect: null, kind: "unanswerable" },
  { q: "以旧换新怎么参加", expect: null, kind: "unanswerable" },
  { q: "燃气灶打不着火", expect: null, kind: "unanswerable" },
  { q: "what are your opening hours on holidays", expect: null, kind: "unanswerable" },
  { q: "has my order shipped yet", expect: null, kind: "unanswerable" },
  { q: "投影仪画面模糊", expect: null, kind: "unanswerable" },
  { q: "电动车电池鼓包了", expect: null, kind: "unanswerable" },
];
