import { divisionChain } from "../../../../shared/divisions.js";

// The English names of China's provinces, autonomous regions, municipalities and SARs by their
// GB/T 2260 code (the division data carries Chinese names only).
const PROVINCES_EN: Record<string, string> = {
  "11": "Beijing",
  "12": "Tianjin",
  "13": "Hebei",
  "14": "Shanxi",
  "15": "Inner Mongolia",
  "21": "Liaoning",
  "22": "Jilin",
  "23": "Heilongjiang",
  "31": "Shanghai",
  "32": "Jiangsu",
  "33": "Zhejiang",
  "34": "Anhui",
  "35": "Fujian",
  "36": "Jiangxi",
  "37": "Shandong",
  "41": "Henan",
  "42": "Hubei",
  "43": "Hunan",
  "44": "Guangdong",
  "45": "Guangxi",
  "46": "Hainan",
  "50": "Chongqing",
  "51": "Sichuan",
  "52": "Guizhou",
  "53": "Yunnan",
  "54": "Tibet",
  "61": "Shaanxi",
  "62": "Gansu",
  "63": "Qinghai",
  "64": "Ningxia",
  "65": "Xinjiang",
  "71": "Taiwan",
  "81": "Hong Kong",
  "82": "Macao",
};

// A region key (a province's 2-digit code) as its name; an unknown code names itself.
export function regionName(code: string, english: boolean): string {
  if (english) return PROVINCES_EN[code] ?? code;
  return divisionChain(code)[0]?.name ?? code;
}

// Product lines are the products' categories; the usual ones have names, others show their code.
const LINES: Record<string, { zh: string; en: string }> = {
  washer: { zh: "洗衣机", en: "Washers" },
  fridge: { zh: "冰箱", en: "Refrigerators" },
  aircon: { zh: "空调", en: "Air conditioners" },
  dishwasher: { zh: "洗碗机", en: "Dishwashers" },
  "water-heater": { zh: "热水器", en: "Water heaters" },
  robot: { zh: "扫地机器人", en: "Robot vacuums" },
  compressor: { zh: "压缩机", en: "Compressors" },
  refrigerator: { zh: "冰箱", en: "Refrigerators" },
  purifier: { zh: "空气净化器", en: "Air purifiers" },
  tv: { zh: "电视", en: "Televisions" },
  car: { zh: "汽车", en: "Cars" },
};

export const lineName = (code: string, english: boolean): string =>
  LINES[code]?.[english ? "en" : "zh"] ?? code;
