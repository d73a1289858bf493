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
    en: "Row {row}: the same customer as row {first}.",
    zh: "第 {row} 行：与第 {first} 行是同一位客户。",
  },
} as const satisfies Record<string, ErrorEntry>;
