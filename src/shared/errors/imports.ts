import type { ErrorEntry } from "./entry.js";

// Excel import: the file and each bad row, named by row and column.
export const IMPORT_ERRORS = {
  "import.not_xlsx": {
    status: 415,
    en: "This is not an Excel workbook (.xlsx).",
    zh: "这不是 Excel 工作簿（.xlsx）。",
  },
  "import.missing_column": {
    status: 400,
    en: "The first row must name the column {column}.",
    zh: "第一行须包含列 {column}。",
  },
  "import.cell_invalid": {
    status: 400,
    en: "Row {row}, column {column}: not a valid value.",
    zh: "第 {row} 行，{column} 列：值无效。",
  },
  "import.key_required": {
    status: 400,
    en: "Row {row}: give an email or a phone, so the customer can be found again.",
    zh: "第 {row} 行：请填写 email 或 phone，以便再次识别该客户。",
  },
  "import.duplicate_key": {
    status: 400,
    en: "Row {row}: the same record as row {first}.",
    zh: "第 {row} 行：与第 {first} 行是同一条记录。",
  },
  "import.not_csv": {
    status: 415,
    en: 'This CSV file is not UTF-8 text; save it as "CSV UTF-8" or as an Excel workbook.',
    zh: "此 CSV 文件不是 UTF-8 文本；请另存为“CSV UTF-8”或 Excel 工作簿。",
  },
  "import.product_key_required": {
    status: 400,
    en: "Row {row}: give the sku, so the product can be found again.",
    zh: "第 {row} 行：请填写 sku，以便再次识别该产品。",
  },
  "import.part_key_required": {
    status: 400,
    en: "Row {row}: give the partNo, so the part can be found again.",
    zh: "第 {row} 行：请填写 partNo，以便再次识别该备件。",
  },
  "import.unit_key_required": {
    status: 400,
    en: "Row {row}: give the serial, so the unit can be found again.",
    zh: "第 {row} 行：请填写 serial，以便再次识别该机器。",
  },
  "import.unknown_product": {
    status: 400,
    en: "Row {row}, column productSku: no product has the SKU {sku}.",
    zh: "第 {row} 行，productSku 列：没有 SKU 为 {sku} 的产品。",
  },
  "import.unknown_customer": {
    status: 400,
    en: "Row {row}: no customer has this customerEmail or customerPhone.",
    zh: "第 {row} 行：没有客户使用此 customerEmail 或 customerPhone。",
  },
  "import.owner_required": {
    status: 400,
    en: "Row {row}: give the owner's customerEmail or customerPhone.",
    zh: "第 {row} 行：请填写机器所属客户的 customerEmail 或 customerPhone。",
  },
  "import.unit_other_owner": {
    status: 400,
    en: "Row {row}: serial {serial} belongs to another customer; transfer it on the unit's page instead.",
    zh: "第 {row} 行：序列号 {serial} 属于另一位客户；请在该机器页面上办理过户。",
  },
  "import.unit_other_product": {
    status: 400,
    en: "Row {row}, column productSku: serial {serial} is registered as another product.",
    zh: "第 {row} 行，productSku 列：序列号 {serial} 登记的是另一种产品。",
  },
  "import.date_out_of_range": {
    status: 400,
    en: "Row {row}, column {column}: the date is in the future or more than 30 years ago.",
    zh: "第 {row} 行，{column} 列：日期在未来或早于 30 年前。",
  },
} as const satisfies Record<string, ErrorEntry>;
