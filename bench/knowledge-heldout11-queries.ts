// Held-out question set 11 for the knowledge search evaluation: 60 answerable questions (every
// article key at least twice) and 15 unanswerable ones, separate from set 10 (no question shared).
// Written on 2026-12-06 from the article list (src/server/modules/knowledge/demo/help-articles.ts)
// alone, by someone who had not seen the search's lexicon or any earlier question set. Customers
// of every channel (web form, app, WeChat, phone notes typed by an agent in the customer's words,
// e-mail subject lines). Labels may only be corrected when plainly wrong.
import type { EvalQuery } from "./knowledge-eval-queries.js";

export const HELDOUT11_QUERIES: EvalQuery[] = [
  // paraphrase
  {
    q: "洗衣机启动后长时间未进水，随后报E1，进水口的滤网应该如何清理？",
    expect: "washer-e1",
    kind: "paraphrase",
  },
  {
    q: "新安装的滚筒洗衣机脱水时震动剧烈，是否需要拆除某些部件？",
    expect: "washer-noise",
    kind: "paraphrase",
  },
  { q: "分体空调室内机出风口下方持续滴水，可能是什么原因？", expect: "aircon-leak", kind: "paraphrase" },
  {
    q: "空调面板出现F07后整机停止运行，重启也没用，可以自己拆开检查吗？",
    expect: "aircon-f07",
    kind: "paraphrase",
  },
  { q: "冰箱冷冻室内壁积了很厚的冰层，多厚需要除一次霜？", expect: "fridge-frost", kind: "paraphrase" },
  {
    q: "燃气热水器开水后无法点火并显示E1，液化气罐是新换的，还可能是什么原因？",
    expect: "heater-e1",
    kind: "paraphrase",
  },
  { q: "保修期已过，请问上门维修的费用由哪几部分组成？", expect: "repair-fees", kind: "paraphrase" },
  {
    q: "在哪里可以购买空调原厂滤网？使用第三方配件会影响保修吗？",
    expect: "spare-parts",
    kind: "paraphrase",
  },
  { q: "如何查看维修工单的处理状态以及负责的技术员？", expect: "repair-progress", kind: "paraphrase" },
  { q: "产品保修到期日在哪里可以查到？需要登记哪些信息？", expect: "warranty", kind: "paraphrase" },
  { q: "邮件主题：维修结束后申请开具公司抬头电子发票", expect: "invoice", kind: "paraphrase" },

  // colloquial
  { q: "滚筒转着转着就不转了 衣服都堆一边 屏幕E3", expect: "washer-e3", kind: "colloquial" },
  {
    q: "客户反映空调夏天中午老跳E3 外机装在西晒的墙上 还被空调罩盖着",
    expect: "aircon-e3",
    kind: "colloquial",
  },
  { q: "衣服洗完泡在水里 水放不掉 报e2", expect: "washer-e2", kind: "colloquial" },
  { q: "租的房子洗衣机一洗衣服就往外冒水 进水管接头那有水珠", expect: "washer-leak", kind: "colloquial" },
  { q: "洗衣机里面臭臭的 衣服洗完也有股味", expect: "washer-smell", kind: "colloquial" },
  { q: "大热天空调开到16度屋里还是闷 外机好像没动静", expect: "aircon-not-cooling", kind: "colloquial" },
  { q: "遥控器咋按空调都不滴一声", expect: "aircon-remote", kind: "colloquial" },
  { q: "冬天开暖风半天不热 吹的凉飕飕的", expect: "aircon-not-heating", kind: "colloquial" },
  { q: "空调用了一个夏天了 要不要洗洗 多久洗一次", expect: "aircon-cleaning", kind: "colloquial" },
  { q: "冰箱里的菜放两天就坏 感觉不咋冷", expect: "fridge-not-cooling", kind: "colloquial" },
  { q: "冰箱时不时咕噜咕噜响 跟流水似的 正常吗", expect: "fridge-noise", kind: "colloquial" },
  { q: "在吗 冰箱屏幕一直闪E6 里面东西要不要拿出来", expect: "fridge-e6", kind: "colloquial" },
  { q: "洗个澡水一阵烫一阵冰 热水器是不是坏了", expect: "heater-temperature", kind: "colloquial" },
  { q: "我这空调买了两年多了 压缩机坏了 还给免费修不", expect: "warranty", kind: "colloquial" },
  {
    q: "我们是个小饭馆 给后厨员工宿舍买了三台热水器和两台空调 都还没装 想问一下在哪里约安装 装的时候要不要另外给钱",
    expect: "installation",
    kind: "colloquial",
  },
  { q: "呵呵 师傅来看一眼不修也要收钱？", expect: "repair-fees", kind: "colloquial" },
  { q: "又坏了 第二次了 修两次都没修好 这破机器我要换", expect: "returns", kind: "colloquial" },
  { q: "师傅约的周六 我那天不在家 能挪到下周不", expect: "reschedule", kind: "colloquial" },
  { q: "宿舍楼下那台洗衣机甩干的时候停了 面板上是个e3", expect: "washer-e3", kind: "colloquial" },

  // typo
  { q: "xiyiji E1 bu jinshui", expect: "washer-e1", kind: "typo" },
  { q: "洗衣机拖水燥音特别大 地板都在震", expect: "washer-noise", kind: "typo" },
  { q: "洗衣机门大不开了 程序都结束了", expect: "washer-door", kind: "typo" },
  { q: "空调不至冷 吹的是热风", expect: "aircon-not-cooling", kind: "typo" },
  { q: "空掉制热效果差 屋里冷", expect: "aircon-not-heating", kind: "typo" },
  { q: "冰箱噪英大 嗡嗡响", expect: "fridge-noise", kind: "typo" },
  { q: "热水器水温乎冷乎热", expect: "heater-temperature", kind: "typo" },
  { q: "维修完能开发漂吗", expect: "invoice", kind: "typo" },

  // keyword
  { q: "脱水E3", expect: "washer-e3", kind: "keyword" },
  { q: "滚筒门锁住", expect: "washer-door", kind: "keyword" },
  { q: "空调深度清洗", expect: "aircon-cleaning", kind: "keyword" },
  { q: "E6", expect: "fridge-e6", kind: "keyword" },
  { q: "换货", expect: "returns", kind: "keyword" },
  { q: "改期", expect: "reschedule", kind: "keyword" },

  // english
  {
    q: "Aircon keeps tripping with code E3, the outdoor unit is surrounded by plant pots",
    expect: "aircon-e3",
    kind: "english",
  },
  { q: "Washer stuck with water inside, error E2, won't drain", expect: "washer-e2", kind: "english" },
  { q: "Puddle under my washing machine after every wash", expect: "washer-leak", kind: "english" },
  { q: "How do I get rid of the musty smell in my front loader?", expect: "washer-smell", kind: "english" },
  {
    q: "AC remote does nothing, even when I point it straight at the unit",
    expect: "aircon-remote",
    kind: "english",
  },
  {
    q: "My fridge section is warm but the freezer seems fine",
    expect: "fridge-not-cooling",
    kind: "english",
  },
  { q: "Gas water heater won't ignite, shows E1", expect: "heater-e1", kind: "english" },
  {
    q: "Is the motor covered longer than the rest of the washing machine?",
    expect: "warranty",
    kind: "english",
  },
  { q: "Where can I buy a genuine replacement filter?", expect: "spare-parts", kind: "english" },

  // mixed
  { q: "washer spin 不了, shows E3，里面就一条大毛毯", expect: "washer-e3", kind: "mixed" },
  { q: "空调indoor unit一直dripping，排水管要怎么查", expect: "aircon-leak", kind: "mixed" },
  { q: "AC 显示F-07 是什么毛病", expect: "aircon-f07", kind: "mixed" },
  { q: "冷冻室全是ice 抽屉都拉不开了 风冷的", expect: "fridge-frost", kind: "mixed" },
  { q: "买了热水器 想预约installation 大概多久能确认", expect: "installation", kind: "mixed" },
  { q: "刚到货一周不到就坏了，可以refund吗", expect: "returns", kind: "mixed" },
  { q: "我的repair order现在到哪一步了", expect: "repair-progress", kind: "mixed" },

  // unanswerable
  { q: "空调除湿模式和制冷有啥区别", expect: null, kind: "unanswerable" },
  { q: "冰箱冷藏温度设几度合适", expect: null, kind: "unanswerable" },
  { q: "热水器E6什么意思", expect: null, kind: "unanswerable", products: ["water-heater"] },
  { q: "空调显示E1", expect: null, kind: "unanswerable", products: ["aircon"] },
  { q: "洗碗机安装收费吗", expect: null, kind: "unanswerable" },
  { q: "Do you take away the old fridge when delivering a new one?", expect: null, kind: "unanswerable" },
  { q: "门店地址在哪 周末开门吗", expect: null, kind: "unanswerable" },
  { q: "会员积分能抵维修费吗", expect: null, kind: "unanswerable" },
  { q: "洗衣机能洗球鞋吗", expect: null, kind: "unanswerable" },
  { q: "燃气热水器怎么用更省气", expect: null, kind: "unanswerable" },
  { q: "空调外机噪音大 邻居来投诉了", expect: null, kind: "unanswerable" },
  { q: "冰箱门想改成左开 能改吗", expect: null, kind: "unanswerable" },
  { q: "How do I delete my account?", expect: null, kind: "unanswerable" },
  { q: "订单能不能货到付款", expect: null, kind: "unanswerable" },
  { q: "净水器滤芯多久换一次", expect: null, kind: "unanswerable" },
];
