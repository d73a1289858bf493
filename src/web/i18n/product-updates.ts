// The product updates admin list (firmware and model revisions that surveys can ask owners about).
export const productUpdatesEn = {
  nav: "Product updates",
  title: "Product updates",
  describe:
    "Firmware and model revisions. A survey sent “after a product update” asks the owners of the updated units.",
  empty: "No product updates yet.",
  create: "New product update",
  target: "Applies to",
  model: "One model",
  line: "A product line",
  product: "Model",
  productPlaceholder: "Search by name or SKU",
  productLine: "Product line (category)",
  version: "Version",
  titleZh: "Title (Chinese)",
  titleEn: "Title (English)",
  releasedOn: "Released on",
  what: "Update",
};

export const productUpdatesZh: typeof productUpdatesEn = {
  nav: "产品更新",
  title: "产品更新",
  describe: "固件和型号改版记录。触发条件为“产品更新之后”的问卷会发给这些设备的用户。",
  empty: "还没有产品更新。",
  create: "登记产品更新",
  target: "适用范围",
  model: "单个型号",
  line: "整个产品线",
  product: "型号",
  productPlaceholder: "按名称或 SKU 搜索",
  productLine: "产品线（类别）",
  version: "版本",
  titleZh: "标题（中文）",
  titleEn: "标题（英文）",
  releasedOn: "发布日期",
  what: "更新内容",
};
