// Import from Excel or CSV (admin screens: customers, products, units; parts on the stock page).
export const importsEn = {
  action: "Import",
  titles: {
    customers: "Import customers",
    products: "Import products",
    units: "Import units",
    parts: "Import parts",
  },
  intro: {
    customers:
      "An .xlsx or .csv whose first row names the columns name, kind (person / company), email, phone, tier (standard / gold / vip). Customers are found again by e-mail, else phone.",
    products:
      "An .xlsx or .csv whose first row names the columns sku, name, nameEn, category, warrantyMonths, skills (separated by commas). Products are found again by SKU.",
    units:
      "An .xlsx or .csv whose first row names the columns serial, productSku, customerEmail or customerPhone, purchasedAt (YYYY-MM-DD), invoiceDate, deliveryDate, saleChannel, invoicePrice. Import customers and products first; units are found again by serial.",
    parts:
      "An .xlsx or .csv whose first row names the columns partNo, name, nameEn, price, unit, compatibleSkus and substitutes (separated by commas). Parts are found again by part number.",
  },
  roundTrip:
    "A list exported from this screen imports again as it is (headers end with the column code in brackets). Empty cells keep what is on file. Nothing is written until you apply.",
  choose: "Choose a file",
  checking: "Checking rows…",
  applying: "Importing rows…",
  progress: "{{done}} / {{total}} rows",
  row: "Row",
  result: "Result",
  key: { customers: "E-mail / phone", products: "SKU", units: "Serial", parts: "Part no." },
  errors: "Problem",
  summary: "{{create}} new, {{update}} to update, {{unchanged}} unchanged, {{error}} with errors",
  actions: { create: "New", update: "Update", unchanged: "Unchanged", error: "Error" },
  apply: "Apply the valid rows ({{count}})",
  appliedDone: "Imported.",
};

export const importsZh: typeof importsEn = {
  action: "导入",
  titles: { customers: "导入客户", products: "导入产品", units: "导入机器", parts: "导入备件" },
  intro: {
    customers:
      "一个 .xlsx 或 .csv 文件，第一行为列名 name、kind（person / company）、email、phone、tier（standard / gold / vip）。按邮箱（无邮箱时按电话）识别已有客户。",
    products:
      "一个 .xlsx 或 .csv 文件，第一行为列名 sku、name、nameEn、category、warrantyMonths、skills（以逗号分隔）。按 SKU 识别已有产品。",
    units:
      "一个 .xlsx 或 .csv 文件，第一行为列名 serial、productSku、customerEmail 或 customerPhone、purchasedAt（YYYY-MM-DD）、invoiceDate、deliveryDate、saleChannel、invoicePrice。请先导入客户和产品；按序列号识别已有机器。",
    parts:
      "一个 .xlsx 或 .csv 文件，第一行为列名 partNo、name、nameEn、price、unit、compatibleSkus、substitutes（以逗号分隔）。按备件编号识别已有备件。",
  },
  roundTrip:
    "从本页面导出的列表可原样再导入（列标题以括号中的列代码结尾）。空单元格保留现有数据。点“应用”之前不会写入任何数据。",
  choose: "选择文件",
  checking: "正在检查各行…",
  applying: "正在导入各行…",
  progress: "{{done}} / {{total}} 行",
  row: "行",
  result: "结果",
  key: { customers: "邮箱 / 电话", products: "SKU", units: "序列号", parts: "备件编号" },
  errors: "问题",
  summary: "新建 {{create}}，更新 {{update}}，无变化 {{unchanged}}，错误 {{error}}",
  actions: { create: "新建", update: "更新", unchanged: "无变化", error: "错误" },
  apply: "应用有效的行（{{count}}）",
  appliedDone: "已导入。",
};
