import type { WarrantyRule } from "../../../../shared/warranty.js";
import type { ProductRow } from "../products.repository.js";

export function toProductDto(p: ProductRow) {
  return {
    id: p.id,
    sku: p.sku,
    name: p.name,
    nameEn: p.nameEn,
    category: p.category,
    warrantyMonths: p.warrantyMonths,
    skills: p.skills,
    sanbaoRule: p.sanbaoRule as WarrantyRule | null,
    sanbaoCategory: p.sanbaoCategory,
    createdAt: p.createdAt.toISOString(),
  };
}
