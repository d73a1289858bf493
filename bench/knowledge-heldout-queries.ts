import type { EvalQuery } from "./knowledge-eval-queries.js";

// A held-out question set for the knowledge search (articles: the demo knowledge base). Written
// fresh after the search was tuned, not derived from bench/knowledge-eval-queries.ts, and never
// used to tune it: its figures are what the search does on questions nobody tuned for. Do not
// change the search to fix a miss here; write new held-out questions instead when this set has
// been looked at too closely (it has: its misses were listed in round 6, and round 7 used it as
// development data — the clean check is now bench/knowledge-heldout3-queries.ts).

export const HELDOUT_QUERIES: EvalQuery[] = [
  // paraphrase
  { q: "滚筒洗衣机转到最后脱水就停了，面板亮E3", expect: "washer-e3", kind: "paraphrase" },
  { q: "洗衣机一直等着进水，过一会儿就提示错误", expect: "washer-e1", kind: "paraphrase" },
  { q: "洗好以后桶里的水一直排不出去", expect: "washer-e2", kind: "paraphrase" },
  { q: "洗衣程序结束了舱门还是锁着", expect: "washer-door", kind: "paraphrase" },
  { q: "洗出来的衣服有股难闻的味道", expect: "washer-smell", kind: "paraphrase" },
  { q: "空调开了半天房间温度一点没降", expect: "aircon-not-cooling", kind: "paraphrase" },
  { q: "冬天开空调吹出来的是凉风", expect: "aircon-not-heating", kind: "paraphrase" },
  { q: "挂机下面一直往地上滴水", expect: "aircon-leak", kind: "paraphrase" },
  { q: "按遥控器空调没有任何反应", expect: "aircon-remote", kind: "paraphrase" },
  { q: "冰箱上层保鲜的东西不凉了", expect: "fridge-not-cooling", kind: "paraphrase" },
  { q: "冷冻抽屉里全是厚厚的冰", expect: "fridge-frost", kind: "paraphrase" },
  { q: "洗澡时热水一会烫一会凉", expect: "heater-temperature", kind: "paraphrase" },
  { q: "买的东西想退掉可以吗", expect: "returns", kind: "paraphrase" },
  { q: "师傅上门修一次要多少钱", expect: "repair-fees", kind: "paraphrase" },
  { q: "我想看看我报修的单子处理到哪一步了", expect: "repair-progress", kind: "paraphrase" },
  // colloquial
  { q: "洗衣机咣咣响吓死人了", expect: "washer-noise", kind: "colloquial" },
  { q: "洗衣机底下地上湿了一大片", expect: "washer-leak", kind: "colloquial" },
  { q: "空调不凉快咋整", expect: "aircon-not-cooling", kind: "colloquial" },
  { q: "冰箱晚上嗡嗡的吵得睡不着", expect: "fridge-noise", kind: "colloquial" },
  { q: "热水器打不着火，显示E1", expect: "heater-e1", kind: "colloquial" },
  { q: "师傅约的明天来，我明天有事能不能改个时间", expect: "reschedule", kind: "colloquial" },
  { q: "空调好久没洗了脏得很，自己咋弄", expect: "aircon-cleaning", kind: "colloquial" },
  { q: "新空调到了啥时候有人来装", expect: "installation", kind: "colloquial" },
  { q: "买了快一年了还在保修里不", expect: "warranty", kind: "colloquial" },
  { q: "公司报销要票，怎么开", expect: "invoice", kind: "colloquial" },
  // typo (homophones, pinyin, misspellings)
  { q: "洗衣机排睡不畅", expect: "washer-e2", kind: "typo" },
  { q: "空条不制冷", expect: "aircon-not-cooling", kind: "typo" },
  { q: "bingxiang 结霜", expect: "fridge-frost", kind: "typo" },
  { q: "冰箱造音很大", expect: "fridge-noise", kind: "typo" },
  { q: "kongtiao F07", expect: "aircon-f07", kind: "typo" },
  { q: "热水器水温不稳订", expect: "heater-temperature", kind: "typo" },
  { q: "airconditoner not coling", expect: "aircon-not-cooling", kind: "typo" },
  { q: "warrenty period", expect: "warranty", kind: "typo" },
  { q: "洗衣机门大不开", expect: "washer-door", kind: "typo" },
  // keyword
  { q: "F07", expect: "aircon-f07", kind: "keyword" },
  { q: "冰箱 E6", expect: "fridge-e6", kind: "keyword" },
  { q: "滤网 配件", expect: "spare-parts", kind: "keyword" },
  { q: "发票", expect: "invoice", kind: "keyword" },
  { q: "退换货", expect: "returns", kind: "keyword" },
  { q: "上门费", expect: "repair-fees", kind: "keyword" },
  { q: "空调 漏水", expect: "aircon-leak", kind: "keyword" },
  { q: "洗衣机 异味", expect: "washer-smell", kind: "keyword" },
  // English
  { q: "how do I get a receipt for my purchase", expect: "invoice", kind: "english" },
  { q: "can I return a product I bought last week", expect: "returns", kind: "english" },
  { q: "book someone to install my new appliance", expect: "installation", kind: "english" },
  { q: "is my product still under warranty", expect: "warranty", kind: "english" },
  { q: "fridge is warm inside", expect: "fridge-not-cooling", kind: "english" },
  { q: "air conditioner blowing warm air in summer", expect: "aircon-not-cooling", kind: "english" },
  { q: "outdoor unit high pressure error", expect: "aircon-e3", kind: "english" },
  // mixed Chinese / English
  { q: "空调报F07 communication error", expect: "aircon-f07", kind: "mixed" },
  { q: "fridge 冷冻室 E6", expect: "fridge-e6", kind: "mixed" },
  { q: "washer 不进水", expect: "washer-e1", kind: "mixed" },
  { q: "热水器 E1 ignition", expect: "heater-e1", kind: "mixed" },
  { q: "我的 washing machine 漏水", expect: "washer-leak", kind: "mixed" },
  { q: "E3 又出现了", expect: "washer-e3", kind: "mixed", products: ["washer"] },
  { q: "显示 E3 了", expect: "aircon-e3", kind: "mixed", products: ["aircon"] },
  { q: "E1 错误", expect: "heater-e1", kind: "mixed", products: ["water-heater"] },
  // unanswerable: nothing in the knowledge base says this
  { q: "电视机屏幕有一条竖线", expect: null, kind: "unanswerable" },
  { q: "你们公司招不招售后工程师", expect: null, kind: "unanswerable" },
  { q: "扫地机器人找不到充电座", expect: null, kind: "unanswerable" },
  { q: "how do I pair my phone with the smart speaker", expect: null, kind: "unanswerable" },
  { q: "今天天气怎么样", expect: null, kind: "unanswerable" },
  { q: "微波炉加热时冒火花", expect: null, kind: "unanswerable" },
  { q: "can I pay with bitcoin", expect: null, kind: "unanswerable" },
  { q: "油烟机吸力变小了", expect: null, kind: "unanswerable" },
  { q: "洗碗机洗完碗上有白点", expect: null, kind: "unanswerable" },
  { q: "笔记本电脑开不了机", expect: null, kind: "unanswerable" },
  { q: "门店周末几点关门", expect: null, kind: "unanswerable" },
  { q: "where is my parcel tracking number", expect: null, kind: "unanswerable" },
];
