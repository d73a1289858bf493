// Products the knowledge base knows nothing about. "油烟机噪音大" shares 噪音 with the fridge's
// noise article and would be answered with it; but the question is about a range hood, which no
// article mentions, so the honest answer is a person. A question names another product when one of
// its words that no article contains has the shape of an appliance or device name: three or more
// characters ending in a device suffix (油烟机, 吸尘器, 微波炉, 电热毯), or one of the two-character
// device names. Shorter words ending in 机 are too often not products (开机, 外机, 停机).

const DEVICE_SUFFIX = /^\p{Script=Han}{2,}[机器炉灶锅煲柜扇仪箱毯灯]$/u;
const SHORT_DEVICES = new Set(["电视", "手机", "电脑", "烤箱", "冰柜", "音箱", "风扇", "平板", "相机"]);

export function unknownProducts(unknownWords: readonly string[]): string[] {
  return unknownWords.filter((w) => SHORT_DEVICES.has(w) || DEVICE_SUFFIX.test(w));
}
