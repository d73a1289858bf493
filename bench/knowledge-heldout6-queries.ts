// Held-out evaluation set 6 for the knowledge-base search: 80 answerable questions (every article
// key at least twice) and 20 unanswerable ones.
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

export const HELDOUT6_QUERIES: EvalQuery[] = [
  // paraphrase
  { q: "洗衣机在甩干阶段停了，面板显示E3，是不是衣服放得不均匀？", expect: "washer-e3", kind: "paraphrase" },
  {
    q: "空调外机那边一直跳保护，屏幕显示E3，外机旁边堆了好多纸箱，有关系吗？",
    expect: "aircon-e3",
    kind: "paraphrase",
  },
  {
    q: "洗衣机开始洗了但是一直不进水，过一会儿就报错停机了，该检查哪里？",
    expect: "washer-e1",
    kind: "paraphrase",
  },
  { q: "洗完衣服桶里的水排不出去，水一直留在滚筒里，怎么处理？", expect: "washer-e2", kind: "paraphrase" },
  {
    q: "新买的洗衣机第一次用，甩干时整台机器跳来跳去，声音特别响。",
    expect: "washer-noise",
    kind: "paraphrase",
  },
  { q: "滚筒洗衣机程序结束了，机门还是锁着拉不开，要等多久？", expect: "washer-door", kind: "paraphrase" },
  {
    q: "空调开了一个小时房间还是很热，出风口吹出来的风不凉，怎么回事？",
    expect: "aircon-not-cooling",
    kind: "paraphrase",
  },
  { q: "挂机下面一直往地板上滴水，地板都湿了一片。", expect: "aircon-leak", kind: "paraphrase" },
  {
    q: "冬天开空调暖风，开机后好几分钟都不出热风，中途还会停一阵，正常吗？",
    expect: "aircon-not-heating",
    kind: "paraphrase",
  },
  {
    q: "冰箱上面保鲜那层东西放进去不凉，但下面冻的还可以。",
    expect: "fridge-not-cooling",
    kind: "paraphrase",
  },
  { q: "买的冰箱过了一年多坏了，还能免费修吗？压缩机的保修是几年？", expect: "warranty", kind: "paraphrase" },
  { q: "过了保修期请师傅上门，上门费怎么收？看了不修要付钱吗？", expect: "repair-fees", kind: "paraphrase" },
  {
    q: "洗衣机老是报E3，保修期内已经修过两次了还是不行，能给换一台吗？",
    expect: "returns",
    kind: "paraphrase",
  },
  {
    q: "冰箱结霜严重的问题上周报修了，现在想查一下处理到哪一步了。",
    expect: "repair-progress",
    kind: "paraphrase",
  },
  {
    q: "热水器点不着火已经报修了，师傅约的明天上午，但我明天要上班，可以改到后天吗？",
    expect: "reschedule",
    kind: "paraphrase",
  },

  // colloquial
  {
    q: "那个 就是说 我家那个洗衣机啊 然后甩衣服的时候 它就嘀嘀嘀叫 然后上面出个E3 我老伴说是不是坏了 那个 你们看看咋弄",
    expect: "washer-e3",
    kind: "colloquial",
  },
  { q: "俺家空调外机嗡嗡响完就停了 屏上跳个E3 咋整啊", expect: "aircon-e3", kind: "colloquial" },
  { q: "洗衣机不上水 水龙头开着呢 嘎哈呢这是", expect: "washer-e1", kind: "colloquial" },
  { q: "洗衣机水放不掉咋个办嘛 管子是不是冻起了", expect: "washer-e2", kind: "colloquial" },
  { q: "洗衣机底下一摊水 不晓得哪里漏的 啥子原因哦", expect: "washer-leak", kind: "colloquial" },
  { q: "洗衣机门开不了 衣服还在里面 停电了咋开 急死了", expect: "washer-door", kind: "colloquial" },
  { q: "xyj一股臭味 洗完衣服都有霉味 咋弄干净", expect: "washer-smell", kind: "colloquial" },
  { q: "冷气开咗成日都唔凍 吹出嚟啲风暖暖哋", expect: "aircon-not-cooling", kind: "colloquial" },
  { q: "冷气机滴水 滴到张床度 点算", expect: "aircon-leak", kind: "colloquial" },
  {
    q: "那个 我跟你说啊 就是说空调那个遥控器 我按了半天 它就是没反应 然后那个屏也不亮了 是不是要换个新的遥控器啊",
    expect: "aircon-remote",
    kind: "colloquial",
  },
  { q: "空调F07是啥子意思嘛 开起开起就停了", expect: "aircon-f07", kind: "colloquial" },
  { q: "冬天空调吹的风温吞吞的 一点不热乎 咋整", expect: "aircon-not-heating", kind: "colloquial" },
  { q: "雪柜冷藏嗰格唔凍 啲菜都变暖", expect: "fridge-not-cooling", kind: "colloquial" },
  { q: "冰箱冷冻那层全是冰 抽屉都拔不出来了", expect: "fridge-frost", kind: "colloquial" },
  { q: "冰箱晚上嗡嗡嗡响得睡不着 正常不", expect: "fridge-noise", kind: "colloquial" },
  { q: "热水器打不着火 嘀嘀响 煤气罐是不是用完了", expect: "heater-e1", kind: "colloquial" },
  { q: "洗澡洗一半水一会烫一会凉 烦死了", expect: "heater-temperature", kind: "colloquial" },
  { q: "我是卖场导购 帮顾客问下 空调买回去多少天内坏了能换新的", expect: "returns", kind: "colloquial" },
  { q: "我们是经销商 客户刚提了热水器 安装要怎么约 要不要收钱", expect: "installation", kind: "colloquial" },
  { q: "空调不制冷好几天了 过保了 叫师傅上门一趟多少钱", expect: "repair-fees", kind: "colloquial" },
  {
    q: "那个 我上个礼拜 就是说 打电话报修那个洗衣机 然后到现在也没人来 那个 我想问问现在是个啥情况了",
    expect: "repair-progress",
    kind: "colloquial",
  },
  { q: "师傅明天来 地址填错了 能改不 急", expect: "reschedule", kind: "colloquial" },
  { q: "空调滤网多久洗一次 俺家老人不会弄", expect: "aircon-cleaning", kind: "colloquial" },
  { q: "想买个原装的空调遥控器 上哪买", expect: "spare-parts", kind: "colloquial" },
  { q: "修完了要开发票 公司报销用 咋开", expect: "invoice", kind: "colloquial" },

  // typo
  { q: "洗衣机拓水显示e3", expect: "washer-e3", kind: "typo" },
  { q: "xyj不排谁 一直停着", expect: "washer-e2", kind: "typo" },
  { q: "冰想冷藏室不凉了", expect: "fridge-not-cooling", kind: "typo" },
  { q: "kongtiao bu zhire", expect: "aircon-not-heating", kind: "typo" },
  { q: "热水器点火失拜 e1", expect: "heater-e1", kind: "typo" },
  { q: "保修期咋查 序列好在哪填", expect: "warranty", kind: "typo" },
  { q: "退火怎么申请", expect: "returns", kind: "typo" },
  { q: "预约按装师傅上门", expect: "installation", kind: "typo" },
  { q: "空调漏谁 室内机低水", expect: "aircon-leak", kind: "typo" },
  { q: "weixiu jindu zenme cha", expect: "repair-progress", kind: "typo" },

  // keyword
  { q: "E-3", expect: "aircon-e3", kind: "keyword", products: ["aircon"] },
  { q: "e 1", expect: "washer-e1", kind: "keyword", products: ["washer"] },
  { q: "F07", expect: "aircon-f07", kind: "keyword" },
  { q: "冰箱 E6", expect: "fridge-e6", kind: "keyword" },
  { q: "上门费", expect: "repair-fees", kind: "keyword" },
  { q: "电子发票", expect: "invoice", kind: "keyword" },
  { q: "空调 深度清洗", expect: "aircon-cleaning", kind: "keyword" },
  { q: "运输螺栓", expect: "washer-noise", kind: "keyword" },

  // english
  {
    q: "The AC in my apartment keeps showing E3 and the outdoor unit sits in a tiny balcony cage full of boxes",
    expect: "aircon-e3",
    kind: "english",
  },
  {
    q: "Washer won't fill with water, tap is on. My ayi says the hose might be kinked",
    expect: "washer-e1",
    kind: "english",
  },
  {
    q: "Front loader door stays locked after the wash finished, how long do I wait?",
    expect: "washer-door",
    kind: "english",
  },
  { q: "aircon blowing warm air even on cool mode", expect: "aircon-not-cooling", kind: "english" },
  {
    q: "The remote for my air con does nothing and its screen is blank",
    expect: "aircon-remote",
    kind: "english",
  },
  { q: "fridge top section not cold, freezer seems fine", expect: "fridge-not-cooling", kind: "english" },
  {
    q: "Freezer compartment is covered in thick ice, is that normal?",
    expect: "fridge-frost",
    kind: "english",
  },
  { q: "How long is the warranty on the compressor?", expect: "warranty", kind: "english" },
  {
    q: "Bought a washing machine 5 days ago and it already broke, can I get a refund?",
    expect: "returns",
    kind: "english",
  },
  {
    q: "How do I book someone to install the new water heater in my flat?",
    expect: "installation",
    kind: "english",
  },
  { q: "Need a fapiao with my company tax number for the repair", expect: "invoice", kind: "english" },
  {
    q: "Where can I buy an original replacement filter for my air conditioner?",
    expect: "spare-parts",
    kind: "english",
  },

  // mixed
  { q: "空调一直beep然后显示F07 外机不转", expect: "aircon-f07", kind: "mixed" },
  { q: "洗衣机spin的时候震得像要起飞 新机 是不是有啥bolt没拆", expect: "washer-noise", kind: "mixed" },
  { q: "冰箱E6 food还能放吗", expect: "fridge-e6", kind: "mixed" },
  { q: "热水器shower的时候 temperature忽高忽低", expect: "heater-temperature", kind: "mixed" },
  { q: "洗衣机有mold的味道 怎么clean", expect: "washer-smell", kind: "mixed" },
  { q: "我的repair order在哪看status", expect: "repair-progress", kind: "mixed" },
  { q: "冰箱noise好大 is it normal", expect: "fridge-noise", kind: "mixed" },
  { q: "洗衣机 leaking from the bottom 咋办", expect: "washer-leak", kind: "mixed" },
  { q: "installation是free的吗 还要另外付material费吗", expect: "installation", kind: "mixed" },
  { q: "out of warranty的话 repair fee多少", expect: "repair-fees", kind: "mixed" },

  // unanswerable — wrong product line for a fault code
  { q: "冰箱显示E3是什么故障", expect: null, kind: "unanswerable" },
  { q: "热水器屏幕上显示F07", expect: null, kind: "unanswerable" },
  { q: "洗衣机面板出现E6怎么办", expect: null, kind: "unanswerable" },
  { q: "空调开机就显示E1 啥意思", expect: null, kind: "unanswerable" },
  { q: "my fridge display shows E3, what does that mean?", expect: null, kind: "unanswerable" },
  // unanswerable — near misses and other matters
  { q: "空调怎么设置最省电", expect: null, kind: "unanswerable" },
  { q: "冰箱放在阳台上会不会坏", expect: null, kind: "unanswerable" },
  { q: "热水器接头那里一直漏水", expect: null, kind: "unanswerable" },
  { q: "洗碗机洗不干净碗上有水渍", expect: null, kind: "unanswerable" },
  { q: "你们客服电话几点下班", expect: null, kind: "unanswerable" },
  { q: "双十一空调有没有优惠", expect: null, kind: "unanswerable" },
  { q: "以旧换新怎么参加 旧冰箱你们回收吗", expect: null, kind: "unanswerable" },
  { q: "账号绑定的手机号换了怎么改", expect: null, kind: "unanswerable" },
  { q: "空调移机收费多少", expect: null, kind: "unanswerable" },
  { q: "延长保修怎么买", expect: null, kind: "unanswerable" },
  { q: "师傅服务态度很差 我要投诉", expect: null, kind: "unanswerable" },
  { q: "洗衣机洗羊毛衫用哪个程序", expect: null, kind: "unanswerable" },
  { q: "热水器多久要清一次水垢", expect: null, kind: "unanswerable" },
  { q: "冰箱能不能关掉冷藏只开冷冻", expect: null, kind: "unanswerable" },
  { q: "What are your service desk's opening hours on Sundays?", expect: null, kind: "unanswerable" },
];
