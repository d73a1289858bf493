// Held-out question set 10 for the knowledge search evaluation: 80 answerable questions (every
// article key at least twice) and 20 unanswerable ones. Written on 2026-12-06 from the article list
// (src/server/modules/knowledge/demo/help-articles.ts) alone, by someone who had not seen the
// search's lexicon or any earlier question set. Customers of every channel (web form, app, WeChat,
// phone notes typed by an agent in the customer's words, e-mail subject lines). Labels may only be
// corrected when plainly wrong.
import type { EvalQuery } from "./knowledge-eval-queries.js";

export const HELDOUT10_QUERIES: EvalQuery[] = [
  // paraphrase
  {
    q: "空调运行一段时间后面板出现E3代码并停机，外机放在封闭阳台里，这是什么原因？",
    expect: "aircon-e3",
    kind: "paraphrase",
  },
  { q: "寒潮之后洗衣机无法排水并提示E2，请问应该如何处理", expect: "washer-e2", kind: "paraphrase" },
  {
    q: "滚筒洗衣机洗出来的衣服有一股霉味，平时应该怎么清洁机器？",
    expect: "washer-smell",
    kind: "paraphrase",
  },
  {
    q: "冬天开制热模式，空调吹了一会儿就停止出热风，外机还冒白气，是否属于故障？",
    expect: "aircon-not-heating",
    kind: "paraphrase",
  },
  { q: "空调过滤网多长时间需要清洗一次？", expect: "aircon-cleaning", kind: "paraphrase" },
  { q: "冰箱显示屏提示E6，冷冻室温度好像不准，需要更换什么部件？", expect: "fridge-e6", kind: "paraphrase" },
  { q: "请问压缩机是否享受比整机更长的保修期？", expect: "warranty", kind: "paraphrase" },
  { q: "新购洗衣机如何在线预约上门安装，多久能确认时间？", expect: "installation", kind: "paraphrase" },
  { q: "签收后第十天发现冰箱有故障，还能换一台吗？", expect: "returns", kind: "paraphrase" },
  { q: "咨询：维修结束后如何申请电子发票，需要提供哪些信息", expect: "invoice", kind: "paraphrase" },
  {
    q: "空调已开制冷模式、温度也调得很低，但一直不凉，是不是需要加氟？",
    expect: "aircon-not-cooling",
    kind: "paraphrase",
  },
  { q: "我提交的维修申请现在处于什么状态，在哪里可以查看？", expect: "repair-progress", kind: "paraphrase" },
  { q: "冰箱运行时持续发出嗡嗡声和流水声，这属于正常现象吗？", expect: "fridge-noise", kind: "paraphrase" },
  {
    q: "已预约上门维修，但我搬家了，能否在师傅出发前修改服务地址？",
    expect: "reschedule",
    kind: "paraphrase",
  },
  { q: "空调的标准安装是否收费？用到的辅材怎么计价？", expect: "installation", kind: "paraphrase" },

  // colloquial
  { q: "洗被套的时候到甩干那步就停了 显示e3 咋整", expect: "washer-e3", kind: "colloquial" },
  { q: "洗衣机按了开始一直不进水 过一会就滴滴叫显示E1", expect: "washer-e1", kind: "colloquial" },
  { q: "洗完了水排不出去 桶里全是水 e2", expect: "washer-e2", kind: "colloquial" },
  { q: "新家刚买的滚筒 第一次甩干整个机器在跳舞 吓死了", expect: "washer-noise", kind: "colloquial" },
  { q: "租客说洗衣机底下老是一滩水 我是房东 要怎么处理", expect: "washer-leak", kind: "colloquial" },
  { q: "断电了滚筒门还锁着 衣服拿不出来 有没有啥办法", expect: "washer-door", kind: "colloquial" },
  {
    q: "空调又不凉了！上个月刚来看过 现在吹出来还是热风 你们到底修没修好",
    expect: "aircon-not-cooling",
    kind: "colloquial",
  },
  { q: "空调内机往下滴水 墙上都湿了 下面就是沙发", expect: "aircon-leak", kind: "colloquial" },
  { q: "客户称空调开一会就显示f07 外机不转 昨天打雷停过电", expect: "aircon-f07", kind: "colloquial" },
  { q: "遥控器按了空调没反应 遥控器屏幕也不亮", expect: "aircon-remote", kind: "colloquial" },
  { q: "冰箱上面那层不冷了 牛奶都放坏了 下面冻的还行", expect: "fridge-not-cooling", kind: "colloquial" },
  { q: "冰箱冷冻抽屉被冰堵死了 拉都拉不出来", expect: "fridge-frost", kind: "colloquial" },
  { q: "冰箱晚上嗡嗡嗡的 吵得俺睡不着", expect: "fridge-noise", kind: "colloquial" },
  { q: "热水器点不着火 一开水龙头就E1", expect: "heater-e1", kind: "colloquial" },
  {
    q: "E1 咔咔响就是不出热水 煤气罐刚换的",
    expect: "heater-e1",
    kind: "colloquial",
    products: ["water-heater"],
  },
  { q: "洗澡水一会烫一会凉 热水器咋回事", expect: "heater-temperature", kind: "colloquial" },
  { q: "店里给员工买的洗衣机 电机坏了 买了一年多了还保不保", expect: "warranty", kind: "colloquial" },
  { q: "新房刚买了空调和热水器 啥时候能来装", expect: "installation", kind: "colloquial" },
  { q: "过保了修一次多少钱 不修的话也要给钱吗", expect: "repair-fees", kind: "colloquial" },
  {
    q: "你们这个洗衣机真是服了 买回来不到半年修了两次 每次师傅都说好了 用两天又不脱水 我现在不想再修了 按规定是不是可以直接给我换一台新的",
    expect: "returns",
    kind: "colloquial",
  },
  { q: "新买的洗衣机才三天就坏了 能退不", expect: "returns", kind: "colloquial" },
  { q: "约的明天上午 临时有事 能换个时间不", expect: "reschedule", kind: "colloquial" },
  { q: "空调遥控器丢了 哪能买个原装的", expect: "spare-parts", kind: "colloquial" },
  { q: "报修一个礼拜了 人呢？修到哪一步了也没人说一声", expect: "repair-progress", kind: "colloquial" },
  {
    q: "我管着小区里十几套出租房 都是你们的空调和热水器 想问一下报修的单子多了怎么一个个看进度 有没有地方能看到每单是哪个师傅负责 大概啥时候能修好",
    expect: "repair-progress",
    kind: "colloquial",
  },

  // typo
  { q: "洗衣鸡拖水报e 3", expect: "washer-e3", kind: "typo" },
  { q: "洗衣机显示E1 尽水特别慢", expect: "washer-e1", kind: "typo" },
  { q: "洗衣机漏谁 地上湿了一大片", expect: "washer-leak", kind: "typo" },
  { q: "洗衣机一股臭未 咋清洗", expect: "washer-smell", kind: "typo" },
  { q: "kongtiao bu zhileng zenme ban", expect: "aircon-not-cooling", kind: "typo" },
  { q: "空调内机一直露水 滴到床上了", expect: "aircon-leak", kind: "typo" },
  { q: "摇控器失灵 按啥都没用", expect: "aircon-remote", kind: "typo" },
  { q: "冰想冷藏不凉", expect: "fridge-not-cooling", kind: "typo" },
  { q: "冰箱节霜太厚 多久除一次", expect: "fridge-frost", kind: "typo" },
  { q: "燃气热水气e1 点伙失败", expect: "heater-e1", kind: "typo" },

  // keyword
  { q: "E3", expect: "washer-e3", kind: "keyword", products: ["washer"] },
  { q: "e3报警", expect: "aircon-e3", kind: "keyword", products: ["aircon"] },
  { q: "E2", expect: "washer-e2", kind: "keyword" },
  { q: "F07", expect: "aircon-f07", kind: "keyword" },
  { q: "冰箱E6", expect: "fridge-e6", kind: "keyword" },
  { q: "保修多久", expect: "warranty", kind: "keyword" },
  { q: "上门费", expect: "repair-fees", kind: "keyword" },
  { q: "退货", expect: "returns", kind: "keyword" },

  // english
  {
    q: "Spin stops halfway and the display flashes E-3, only a duvet inside",
    expect: "washer-e3",
    kind: "english",
  },
  {
    q: "Brand new washer is super loud and shakes like crazy on spin, first time using it",
    expect: "washer-noise",
    kind: "english",
  },
  {
    q: "Front loader finished ages ago but the door is still locked and I need my clothes",
    expect: "washer-door",
    kind: "english",
  },
  {
    q: "AC is running but only blowing room-temperature air, filter is clean",
    expect: "aircon-not-cooling",
    kind: "english",
  },
  { q: "Water dripping from the indoor AC unit onto the floor", expect: "aircon-leak", kind: "english" },
  {
    q: "Heat mode blows cold air at first and then stops blowing every half hour or so",
    expect: "aircon-not-heating",
    kind: "english",
  },
  {
    q: "Mini fridge in my dorm isn't keeping drinks cold, it's pushed right up against the wall",
    expect: "fridge-not-cooling",
    kind: "english",
  },
  { q: "How do I find out when my warranty expires?", expect: "warranty", kind: "english" },
  {
    q: "Just bought a water heater, how do I book someone to install it?",
    expect: "installation",
    kind: "english",
  },
  { q: "Out of warranty - what's the call-out charge?", expect: "repair-fees", kind: "english" },
  {
    q: "Delivered 5 days ago and it's already faulty, can I get my money back?",
    expect: "returns",
    kind: "english",
  },
  {
    q: "Re: Repair order status - any update on when it will be fixed?",
    expect: "repair-progress",
    kind: "english",
  },

  // mixed
  { q: "空调 E3 again，外机旁边堆了好多纸箱 is that the reason", expect: "aircon-e3", kind: "mixed" },
  { q: "洗衣机E1, tap is open 但是就是不进水", expect: "washer-e1", kind: "mixed" },
  { q: "washer 门口那里往外渗水, 好像door seal夹了袜子", expect: "washer-leak", kind: "mixed" },
  { q: "空调想做个deep clean, 你们有付费清洗服务吗", expect: "aircon-cleaning", kind: "mixed" },
  { q: "fridge 屏幕显示 E6，里面的肉还能放吗", expect: "fridge-e6", kind: "mixed" },
  { q: "热水器 water temperature 忽高忽低 洗澡很难受", expect: "heater-temperature", kind: "mixed" },
  { q: "我的冰箱还在warranty里吗 买了一年零两个月", expect: "warranty", kind: "mixed" },
  { q: "师傅来了会先quote价格吗 还是直接修", expect: "repair-fees", kind: "mixed" },
  { q: "公司报销要invoice，维修单能开带税号的吗", expect: "invoice", kind: "mixed" },
  { q: "洗衣机drain hose想换根新的 哪里买原厂的", expect: "spare-parts", kind: "mixed" },

  // unanswerable
  { q: "空调睡眠模式怎么开", expect: null, kind: "unanswerable" },
  { q: "冰箱冷藏调几档最省电", expect: null, kind: "unanswerable" },
  { q: "热水器显示E3是啥意思", expect: null, kind: "unanswerable", products: ["water-heater"] },
  { q: "冰箱显示E1", expect: null, kind: "unanswerable", products: ["fridge"] },
  { q: "洗衣机显示F07", expect: null, kind: "unanswerable", products: ["washer"] },
  { q: "Dishwasher won't drain, water sitting at the bottom", expect: null, kind: "unanswerable" },
  { q: "空调移机要多少钱 从客厅挪到卧室", expect: null, kind: "unanswerable" },
  { q: "你们客服几点下班", expect: null, kind: "unanswerable" },
  { q: "双十一有没有以旧换新活动", expect: null, kind: "unanswerable" },
  { q: "How do I connect my air conditioner to the app over WiFi?", expect: null, kind: "unanswerable" },
  { q: "洗衣机洗羽绒服该选哪个程序", expect: null, kind: "unanswerable" },
  { q: "师傅态度很差 想投诉 找谁", expect: null, kind: "unanswerable" },
  { q: "延保怎么买 多少钱一年", expect: null, kind: "unanswerable" },
  { q: "冰箱制冰机不出冰了", expect: null, kind: "unanswerable" },
  { q: "电热水器要不要定期排污 多久一次", expect: null, kind: "unanswerable" },
  { q: "账号绑的手机号换了怎么改", expect: null, kind: "unanswerable" },
  { q: "冰箱能放在阳台上用吗 夏天很晒", expect: null, kind: "unanswerable" },
  { q: "油烟机不吸烟 还有异味", expect: null, kind: "unanswerable" },
  { q: "洗衣机童锁怎么设置 怕孩子乱按", expect: null, kind: "unanswerable" },
  { q: "Is there a student discount on mini fridges?", expect: null, kind: "unanswerable" },
];
