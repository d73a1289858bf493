import type { Customer } from "../../../shared/api/customers";
import type { Product, Unit } from "../../../shared/api/products";

type Cell = string | number | boolean | null | undefined;

// What a list export writes so that the file imports again (export → edit → import): the header
// ends with the import's column code in brackets ("类型 (kind)", "Kind (kind)") and the cell holds
// the value the import accepts (codes such as `person` or `gold`, never their translated labels;
// dates as YYYY-MM-DD; lists joined with ", "). Columns without a code export for reading only.
export type ExportCode<T> = { importCode: string; csv: (row: T) => Cell };

export const exportHeader = (title: string, importCode?: string): string =>
  importCode ? `${title} (${importCode})` : title;

export const CUSTOMER_EXPORT = {
  name: { importCode: "name", csv: (c) => c.name },
  kind: { importCode: "kind", csv: (c) => c.kind },
  tier: { importCode: "tier", csv: (c) => c.tier },
  email: { importCode: "email", csv: (c) => c.email },
  phone: { importCode: "phone", csv: (c) => c.phone },
} satisfies Record<string, ExportCode<Customer>>;

export const PRODUCT_EXPORT = {
  sku: { importCode: "sku", csv: (p) => p.sku },
  name: { importCode: "name", csv: (p) => p.name },
  nameEn: { importCode: "nameEn", csv: (p) => p.nameEn },
  category: { importCode: "category", csv: (p) => p.category },
  warranty: { importCode: "warrantyMonths", csv: (p) => p.warrantyMonths },
  skills: { importCode: "skills", csv: (p) => (p.skills ?? []).join(", ") },
} satisfies Record<string, ExportCode<Product>>;

// Units name their owner by name only in the list, so a unit export re-imports after the owner's
// customerEmail or customerPhone column is added (the import needs one of them).
export const UNIT_EXPORT = {
  serial: { importCode: "serial", csv: (u) => u.serial },
  product: { importCode: "productSku", csv: (u) => u.productSku },
  purchased: { importCode: "purchasedAt", csv: (u) => u.purchasedAt },
} satisfies Record<string, ExportCode<Unit>>;
