// Held-out evaluation set 9 for the knowledge-base search: 60 answerable questions (every article key
// at least twice) and 15 unanswerable ones, in the voice of customers writing on the WeChat service
// account and the web chat widget (one-liners, long explanations, complaints, people who already
// tried something, relatives asking for family, elderly voice input, regional speech, English
// speakers in China, Chinese–English mixes, pinyin and homophone slips). Separate from set 8: no
// question is repeated.
// Written 2026-12-06 from the article list (src/server/modules/knowledge/demo/help-articles.ts) alone,
// by someone who had not seen the search's lexicon, synonym lists or any earlier question set.
// Labels may only be corrected when plainly wrong.
import type { EvalQuery } from "./knowledge-eval-queries.js";

export const HELDOUT9_QUERIES: EvalQuery[] = [
  // paraphrase
  { q: "洗衣机洗一床厚被子，到脱水的时候就报错E3，怎么都甩不干", expect: "washer-e3", kind: "paraphrase" },
  {
    q: "洗完以后桶里还剩一大半水，怎么也排不掉，洗衣机面板上提示E2",
    expect: "washer-e2",
    kind: "paraphrase",
  },
  {
    q: "新洗衣机第一次用，甩干的时候整台机器跳得厉害，声音特别响",
    expect: "washer-noise",
    kind: "paraphrase",
  },
  {
    q: "洗衣机用了一年多，打开门就闻到一股发霉的味道，应该怎么清洁",
    expect: "washer-smell",
    kind: "paraphrase",
  },
  { q: "空调遥控器上的字都不显示了，按哪个键空调都不理", expect: "aircon-remote", kind: "paraphrase" },
  { q: "空调的滤网和里面的风轮多长时间应该清洗一次", expect: "aircon-cleaning", kind: "paraphrase" },
  {
    q: "冰箱最近声音比以前大多了，有时候还能听到像流水一样的声音",
    expect: "fridge-noise",
    kind: "paraphrase",
  },
  { q: "买的时候没填保修卡，我要怎么知道自己的机器还在不在保修期", expect: "warranty", kind: "paraphrase" },
  { q: "出了保修期维修的话，除了配件钱还要收其他什么费用", expect: "repair-fees", kind: "paraphrase" },
  { q: "预约的上门地址填错了，想改成我爸妈家的地址，还来得及吗", expect: "reschedule", kind: "paraphrase" },
  {
    q: "洗衣机排水管太短了，想买一根原厂的，能让师傅上门的时候带过来吗",
    expect: "spare-parts",
    kind: "paraphrase",
  },

  // colloquial
  { q: "滚筒甩干老是E3 衣服都缠成一坨了", expect: "washer-e3", kind: "colloquial" },
  { q: "大冬天的洗衣机排不出水 是不是管子冻上了", expect: "washer-e2", kind: "colloquial" },
  { q: "洗衣机下面老是有一滩水 擦了又有", expect: "washer-leak", kind: "colloquial" },
  { q: "洗衣机洗完了门死活打不开 断电了也不行 急死了", expect: "washer-door", kind: "colloquial" },
  { q: "部冷气开咗成日都唔凍 外机都有转 系咪冇雪种", expect: "aircon-not-cooling", kind: "colloquial" },
  { q: "空调开不了 屏幕上显示个F07 断电重启过了还是这样", expect: "aircon-f07", kind: "colloquial" },
  { q: "空调制热 吹一会停一会 外机还冒白气 是坏了吗", expect: "aircon-not-heating", kind: "colloquial" },
  { q: "空调好久没洗了 想找人来深度清洗一下 你们有这服务不", expect: "aircon-cleaning", kind: "colloquial" },
  { q: "冰箱冷冻结冰结得老厚了 门都关不严", expect: "fridge-frost", kind: "colloquial" },
  { q: "冷冻抽屉被冰冻住了拉不开 冰太多了", expect: "fridge-frost", kind: "colloquial" },
  { q: "俺家热水器水一会冷一会热 洗个澡跟受刑似的", expect: "heater-temperature", kind: "colloquial" },
  {
    q: "喂 那个 我们家热水器啊 洗澡的时候水温一下冷一下热的 你说这是咋回事",
    expect: "heater-temperature",
    kind: "colloquial",
  },
  { q: "热水器送到了 还没人来装 在哪约安装师傅", expect: "installation", kind: "colloquial" },
  { q: "冰箱刚拉回来十天就不制冷了 给换个新的行不", expect: "returns", kind: "colloquial" },
  { q: "修完了要开个发票 公司报销用 在哪弄", expect: "invoice", kind: "colloquial" },
  { q: "空调滤网破了 想买个原装的 哪有卖", expect: "spare-parts", kind: "colloquial" },
  { q: "我爸报修的那台空调 现在啥情况了 咋查", expect: "repair-progress", kind: "colloquial" },
  { q: "洗衣机光响不进水 显示E1 水龙头是开的", expect: "washer-e1", kind: "colloquial" },
  { q: "老人家说冰箱上闪个E6 不知道啥意思", expect: "fridge-e6", kind: "colloquial" },

  // typo
  { q: "空调外鸡 报E3 停了", expect: "aircon-e3", kind: "typo" },
  { q: "洗衣机底部露水 进水管接头那里", expect: "washer-leak", kind: "typo" },
  { q: "滚筒洗衣机们打不开", expect: "washer-door", kind: "typo" },
  { q: "空调不致冷 吹的热风", expect: "aircon-not-cooling", kind: "typo" },
  { q: "冰相冷藏不冷了 东西都坏了", expect: "fridge-not-cooling", kind: "typo" },
  { q: "冰箱造音很大 嗡嗡想", expect: "fridge-noise", kind: "typo" },
  { q: "冰箱显示e 6", expect: "fridge-e6", kind: "typo" },
  { q: "为修收费标准 上们费多少", expect: "repair-fees", kind: "typo" },

  // keyword
  { q: "洗衣机 E1 进水", expect: "washer-e1", kind: "keyword" },
  { q: "空调 不凉 加氟", expect: "aircon-not-cooling", kind: "keyword" },
  { q: "室内机 滴水", expect: "aircon-leak", kind: "keyword" },
  { q: "E1", expect: "heater-e1", kind: "keyword", products: ["water-heater"] },
  { q: "预约安装", expect: "installation", kind: "keyword" },
  { q: "weixiu jindu chaxun", expect: "repair-progress", kind: "keyword" },

  // english
  { q: "Washer throws E3 every time it tries to spin a single duvet", expect: "washer-e3", kind: "english" },
  {
    q: "Brand new washer shakes violently and bangs during spin, sounds like it's going to walk across the floor",
    expect: "washer-noise",
    kind: "english",
  },
  { q: "Indoor AC unit is dripping water onto the floor", expect: "aircon-leak", kind: "english" },
  {
    q: "What does F07 mean on my air con? Already tried turning the power off for a few minutes",
    expect: "aircon-f07",
    kind: "english",
  },
  {
    q: "Heating mode only gives lukewarm air, it's freezing in Shanghai this winter",
    expect: "aircon-not-heating",
    kind: "english",
  },
  {
    q: "The fridge part stopped getting cold, the food is spoiling",
    expect: "fridge-not-cooling",
    kind: "english",
  },
  { q: "Just bought an AC, how do I get someone to install it?", expect: "installation", kind: "english" },
  { q: "Item delivered last week is faulty, I want a refund", expect: "returns", kind: "english" },
  {
    q: "How do I get an invoice for the washing machine I bought on JD?",
    expect: "invoice",
    kind: "english",
  },

  // mixed
  { q: "AC 显示 E3, 外机 fan 好像不转", expect: "aircon-e3", kind: "mixed" },
  { q: "washer 里面 smell 很臭 怎么 clean", expect: "washer-smell", kind: "mixed" },
  { q: "空调 remote 按了没 response 电池刚换的", expect: "aircon-remote", kind: "mixed" },
  { q: "燃气热水器 E1 了 gas 是开着的", expect: "heater-e1", kind: "mixed" },
  { q: "warranty 多久 电机 保几年", expect: "warranty", kind: "mixed" },
  { q: "退货 要不要 keep 包装盒", expect: "returns", kind: "mixed" },
  { q: "上门时间 想 reschedule 到周末", expect: "reschedule", kind: "mixed" },

  // unanswerable
  { q: "洗衣机报F07 是哪里坏了", expect: null, kind: "unanswerable" },
  { q: "冰箱显示E1 怎么处理", expect: null, kind: "unanswerable" },
  { q: "E2 啥意思", expect: null, kind: "unanswerable", products: ["aircon"] },
  { q: "热水器显示E6 还能用吗", expect: null, kind: "unanswerable" },
  { q: "油烟机吸力变小了 能上门看看吗", expect: null, kind: "unanswerable" },
  { q: "空调睡眠模式怎么设置", expect: null, kind: "unanswerable" },
  { q: "冰箱冷藏室温度设几度最合适", expect: null, kind: "unanswerable" },
  { q: "洗衣机能洗羽绒服吗 用哪个程序", expect: null, kind: "unanswerable" },
  { q: "Do you have a store in Shenzhen where I can see the fridges?", expect: null, kind: "unanswerable" },
  { q: "会员积分怎么兑换", expect: null, kind: "unanswerable" },
  { q: "热水器用了八年了 要不要换个新的", expect: null, kind: "unanswerable" },
  { q: "你们师傅能帮忙修别的牌子的洗衣机吗", expect: null, kind: "unanswerable" },
  { q: "Is there a Double 11 discount on air conditioners?", expect: null, kind: "unanswerable" },
  { q: "发票能开增值税专用发票吗", expect: null, kind: "unanswerable" },
  { q: "空调遥控器怎么设置定时关机", expect: null, kind: "unanswerable" },
];
