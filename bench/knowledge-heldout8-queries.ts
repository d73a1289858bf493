// Held-out evaluation set 8 for the knowledge-base search: 80 answerable questions (every article key
// at least twice) and 20 unanswerable ones, in the voice of customers writing on the WeChat service
// account and the web chat widget (one-liners, long explanations, complaints, people who already
// tried something, relatives asking for family, elderly voice input, regional speech, English
// speakers in China, Chinese–English mixes, pinyin and homophone slips).
// Written 2026-12-06 from the article list (src/server/modules/knowledge/demo/help-articles.ts) alone,
// by someone who had not seen the search's lexicon, synonym lists or any earlier question set.
// Labels may only be corrected when plainly wrong.
import type { EvalQuery } from "./knowledge-eval-queries.js";

export const HELDOUT8_QUERIES: EvalQuery[] = [
  // paraphrase
  {
    q: "洗衣机转到甩干那一步就停下来，屏幕上跳出一个E3，衣服还是湿的",
    expect: "washer-e3",
    kind: "paraphrase",
  },
  {
    q: "空调外面那台机器被邻居堆的纸箱挡住了，现在开一会儿就报E3停机",
    expect: "aircon-e3",
    kind: "paraphrase",
  },
  {
    q: "洗衣机放好衣服按了开始，等了半天桶里一直没有水进来，最后就报错停了",
    expect: "washer-e1",
    kind: "paraphrase",
  },
  { q: "冷冻室内壁上结了厚厚一层冰，抽屉都快拉不出来了", expect: "fridge-frost", kind: "paraphrase" },
  {
    q: "家里热水器洗澡的时候一会儿烫一会儿凉，根本没法好好洗",
    expect: "heater-temperature",
    kind: "paraphrase",
  },
  {
    q: "冬天开空调制热，吹出来的风一直是凉的，感觉跟没开一样",
    expect: "aircon-not-heating",
    kind: "paraphrase",
  },
  { q: "空调室内机下面一直往地板上滴水，墙都被泡了", expect: "aircon-leak", kind: "paraphrase" },
  { q: "买的东西坏了想退，请问从收到货开始算几天之内可以退", expect: "returns", kind: "paraphrase" },
  {
    q: "上次报修师傅态度挺好的，这次洗衣机又坏了，已经过了保修期，上门修一次大概怎么收费",
    expect: "repair-fees",
    kind: "paraphrase",
  },
  { q: "我想知道我家的洗衣机保修到哪天为止，在哪里能查到", expect: "warranty", kind: "paraphrase" },
  { q: "已经约了师傅明天上午来修，可是我临时要出差，想换到下周", expect: "reschedule", kind: "paraphrase" },
  {
    q: "冰箱冷藏那层放进去的菜第二天摸着还是常温的，冷冻倒还好",
    expect: "fridge-not-cooling",
    kind: "paraphrase",
  },
  { q: "洗衣机洗完了以后滚筒门一直锁着，拉不开，衣服拿不出来", expect: "washer-door", kind: "paraphrase" },
  { q: "刚买了燃气热水器，想请你们派人上门安装，要怎么预约", expect: "installation", kind: "paraphrase" },
  {
    q: "报修之后想知道现在修到哪一步了，师傅是谁，什么时候能修好",
    expect: "repair-progress",
    kind: "paraphrase",
  },

  // colloquial
  { q: "洗衣机一甩干就E3 试过把衣服抖散了 还是不行 空桶甩也报", expect: "washer-e3", kind: "colloquial" },
  { q: "俺家洗衣机咋不排水了 一直显示E2 水都在桶里", expect: "washer-e2", kind: "colloquial" },
  { q: "气死了 新买的洗衣机甩干跟开拖拉机一样 整个卫生间都在晃", expect: "washer-noise", kind: "colloquial" },
  { q: "帮我妈问下 她家空调一直滴水 滴到沙发上了 咋整", expect: "aircon-leak", kind: "colloquial" },
  {
    q: "喂你好 我家那个冰箱啊 冷藏那边不冷了 你帮我看看是怎么回事啊",
    expect: "fridge-not-cooling",
    kind: "colloquial",
  },
  { q: "空调开了一下午屋里还是热的 滤网我洗过了 还是不凉", expect: "aircon-not-cooling", kind: "colloquial" },
  { q: "燃气热水器打不着火 咔咔响就是不着 冻死了", expect: "heater-e1", kind: "colloquial" },
  { q: "冰箱晚上嗡嗡的响 吵得睡不着 这正常不", expect: "fridge-noise", kind: "colloquial" },
  { q: "太坑了 冰箱买了不到一周就一直出毛病 能不能直接给我退了", expect: "returns", kind: "colloquial" },
  { q: "洗衣机一股霉味 衣服洗完都臭臭的 咋弄干净", expect: "washer-smell", kind: "colloquial" },
  {
    q: "空调遥控器按了没反应 换了新电池也不行 遥控器屏幕是亮的",
    expect: "aircon-remote",
    kind: "colloquial",
  },
  { q: "过保了 师傅来看一眼不修也要钱吗", expect: "repair-fees", kind: "colloquial" },
  { q: "整机保几年啊 压缩机呢 是不是不一样", expect: "warranty", kind: "colloquial" },
  { q: "约好的师傅能不能改个时间 这周六家里没人", expect: "reschedule", kind: "colloquial" },
  { q: "报修三天了 到底修到哪了 也没人给个信", expect: "repair-progress", kind: "colloquial" },
  { q: "空调外机那里报E3 断电等了十分钟再开还是E3", expect: "aircon-e3", kind: "colloquial" },
  { q: "洗衣机门口那块老漏水 地上湿一片", expect: "washer-leak", kind: "colloquial" },
  { q: "冰箱冷冻室结了老厚的冰 要咋弄掉", expect: "fridge-frost", kind: "colloquial" },
  { q: "热水器洗着洗着就变凉了 一会又烫 咋回事嘛", expect: "heater-temperature", kind: "colloquial" },
  { q: "冰箱屏幕上有个E6 里面东西还能放不", expect: "fridge-e6", kind: "colloquial" },
  { q: "空调咋个不制热喃 开了好久吹的都是冷风", expect: "aircon-not-heating", kind: "colloquial" },
  { q: "新买的空调啥时候能来装 要不要另外给钱", expect: "installation", kind: "colloquial" },
  { q: "洗衣机底下一直往外冒水 地板都泡了 咋整", expect: "washer-leak", kind: "colloquial" },
  { q: "修了两回了还是老毛病 能给换台新的不", expect: "returns", kind: "colloquial" },
  { q: "洗衣机进水进不来 水龙头开着的啊 老显示E1", expect: "washer-e1", kind: "colloquial" },

  // typo
  { q: "洗衣鸡脱谁的时候显示e 3", expect: "washer-e3", kind: "typo" },
  { q: "空掉显示F-07 是什么意思", expect: "aircon-f07", kind: "typo" },
  { q: "冰想冷藏室不冷了", expect: "fridge-not-cooling", kind: "typo" },
  { q: "热水气显示E1点不着伙", expect: "heater-e1", kind: "typo" },
  { q: "洗衣机排谁排不出去 e2", expect: "washer-e2", kind: "typo" },
  { q: "怎么查询维休进读", expect: "repair-progress", kind: "typo" },
  { q: "保休期多长时间", expect: "warranty", kind: "typo" },
  { q: "发漂怎么开", expect: "invoice", kind: "typo" },
  { q: "空调遥空器没反映", expect: "aircon-remote", kind: "typo" },
  { q: "冰箱冷动室节霜太厚", expect: "fridge-frost", kind: "typo" },

  // keyword
  { q: "E6 冰箱", expect: "fridge-e6", kind: "keyword" },
  { q: "运输螺栓", expect: "washer-noise", kind: "keyword" },
  { q: "筒自洁", expect: "washer-smell", kind: "keyword" },
  { q: "空调深度清洗", expect: "aircon-cleaning", kind: "keyword" },
  { q: "上门费", expect: "repair-fees", kind: "keyword" },
  { q: "退换货 三包", expect: "returns", kind: "keyword" },
  { q: "原厂滤网 购买", expect: "spare-parts", kind: "keyword" },
  { q: "E3", expect: "aircon-e3", kind: "keyword", products: ["aircon"] },

  // english
  {
    q: "My washing machine keeps stopping mid-spin with E3 on the display",
    expect: "washer-e3",
    kind: "english",
  },
  {
    q: "The AC in my apartment blows warm air even though it's on cool mode",
    expect: "aircon-not-cooling",
    kind: "english",
  },
  {
    q: "Fridge section isn't cold anymore, the freezer seems fine",
    expect: "fridge-not-cooling",
    kind: "english",
  },
  { q: "How long is the warranty on the compressor?", expect: "warranty", kind: "english" },
  { q: "Can I return a washer I received 5 days ago? It has a fault", expect: "returns", kind: "english" },
  { q: "I need an official fapiao for the repair my company paid for", expect: "invoice", kind: "english" },
  {
    q: "Our ayi says the washing machine door stays locked after the wash finishes",
    expect: "washer-door",
    kind: "english",
  },
  { q: "Water heater won't ignite, just clicks, shows E1", expect: "heater-e1", kind: "english" },
  {
    q: "How do I change the address for my technician visit? We moved",
    expect: "reschedule",
    kind: "english",
  },
  { q: "The landlord's air conditioner shows F07, what does it mean", expect: "aircon-f07", kind: "english" },
  { q: "How often should I clean the aircon filter?", expect: "aircon-cleaning", kind: "english" },
  { q: "Where can I check the status of my repair?", expect: "repair-progress", kind: "english" },

  // mixed
  { q: "空调 outdoor unit 报 E3 了 外面好烫", expect: "aircon-e3", kind: "mixed" },
  { q: "washer 一直 E2 不排水 怎么办", expect: "washer-e2", kind: "mixed" },
  { q: "fridge 的 freezer 显示 E6 要修吗", expect: "fridge-e6", kind: "mixed" },
  { q: "xiyiji 洗完门打不开 help", expect: "washer-door", kind: "mixed" },
  { q: "heater 水温 忽冷忽热 shower 没法用", expect: "heater-temperature", kind: "mixed" },
  { q: "想 book 一个 installation 空调的 怎么约", expect: "installation", kind: "mixed" },
  { q: "aircon 滴水 indoor unit 下面", expect: "aircon-leak", kind: "mixed" },
  { q: "warranty 过了 repair 要多少钱", expect: "repair-fees", kind: "mixed" },
  { q: "bingxiang 嗡嗡响 noise 很大", expect: "fridge-noise", kind: "mixed" },
  { q: "remote 丢了 想买个原装的 空调用的", expect: "spare-parts", kind: "mixed" },

  // unanswerable
  { q: "洗衣机显示E4是什么故障", expect: null, kind: "unanswerable" },
  { q: "冰箱显示E3 怎么回事", expect: null, kind: "unanswerable" },
  { q: "屏幕上出来个E6 咋回事", expect: null, kind: "unanswerable", products: ["aircon"] },
  { q: "电热水器一开就跳闸 是漏电了吗", expect: null, kind: "unanswerable" },
  { q: "空调晚上开一整夜要多少电 怎么设置最省电", expect: null, kind: "unanswerable" },
  { q: "冰箱能不能放在阳台上 冬天会不会冻坏", expect: null, kind: "unanswerable" },
  { q: "你们有没有卖洗碗机 洗碗机洗不干净怎么办", expect: null, kind: "unanswerable" },
  { q: "客服热线几点上班 周末有人吗", expect: null, kind: "unanswerable" },
  { q: "现在买空调有没有以旧换新补贴", expect: null, kind: "unanswerable" },
  { q: "Can I buy an extended warranty for my fridge?", expect: null, kind: "unanswerable" },
  { q: "空调想从客厅移到卧室 移机怎么收费", expect: null, kind: "unanswerable" },
  { q: "洗衣机童锁灯亮着 按什么键都没反应 怎么解除童锁", expect: null, kind: "unanswerable" },
  { q: "冰箱的制冰机不出冰块了", expect: null, kind: "unanswerable" },
  { q: "燃气热水器装在卫生间里安全吗", expect: null, kind: "unanswerable" },
  { q: "我想注销账号 顺便把手机号换绑一下", expect: null, kind: "unanswerable" },
  { q: "你们公司总部在哪 招不招维修师傅", expect: null, kind: "unanswerable" },
  { q: "空调滤网可以用洗洁精洗吗 会不会洗坏", expect: null, kind: "unanswerable" },
  { q: "上门的师傅态度很差还多收钱 我要投诉 找谁", expect: null, kind: "unanswerable" },
  { q: "my tumble dryer makes a burning smell when it runs", expect: null, kind: "unanswerable" },
  { q: "xiyiji 洗衣液一次放多少合适", expect: null, kind: "unanswerable" },
];
