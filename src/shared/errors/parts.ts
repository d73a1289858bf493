import type { ErrorEntry } from "./entry.js";

export const PARTS_ERRORS = {
  "parts.not_found": { status: 404, en: "No such part: {partNo}.", zh: "没有这个备件：{partNo}。" },
  "parts.part_no_taken": {
    status: 409,
    en: "Part number {partNo} is already in the catalogue.",
    zh: "备件编号 {partNo} 已在目录中。",
  },
  "parts.site_not_found": {
    status: 404,
    en: "No such stock site: {site}.",
    zh: "没有这个库存地点：{site}。",
  },
  "parts.site_code_taken": {
    status: 409,
    en: "Stock site code {code} is already used.",
    zh: "库存地点编码 {code} 已被使用。",
  },
  "parts.van_owner_invalid": {
    status: 400,
    en: "A van belongs to a technician of this company: give ownerId of one.",
    zh: "服务车必须属于本公司的一名技术员：请提供该技术员的 ownerId。",
  },
  "parts.site_responsible_invalid": {
    status: 400,
    en: "The site's parts manager must be an active staff member of this company (responsibleId).",
    zh: "库存地点的备件负责人必须是本公司在职的员工（responsibleId）。",
  },
  "stock.insufficient": {
    status: 409,
    en: "Not enough stock of {partNo} at {site}: {available} available, {qty} asked.",
    zh: "{site} 的 {partNo} 库存不足：可用 {available}，需要 {qty}。",
  },
  "stock.reservation_not_found": { status: 404, en: "No such reservation.", zh: "没有这条预留记录。" },
  "stock.reservation_not_active": {
    status: 422,
    en: "This reservation is no longer held (already released, consumed or still waiting for stock).",
    zh: "该预留已不在预留中（已释放、已领用或仍在等待到货）。",
  },
  "stock.adjustment_zero": {
    status: 400,
    en: "An adjustment must change the count (qty is not 0).",
    zh: "盘点调整必须改变数量（qty 不能为 0）。",
  },
  "stock.same_site": {
    status: 400,
    en: "A transfer goes between two different sites.",
    zh: "调拨必须在两个不同的地点之间进行。",
  },
  "stock.transfer_not_found": { status: 404, en: "No such transfer.", zh: "没有这条调拨记录。" },
  "stock.transfer_already_received": {
    status: 422,
    en: "This transfer has already been received.",
    zh: "该调拨已经收货。",
  },
  "stock.old_part_not_found": { status: 404, en: "No such old-part return.", zh: "没有这条旧件返还记录。" },
  "stock.old_part_not_owed": {
    status: 422,
    en: "This old part is no longer owed (already shipped, received or scrapped).",
    zh: "该旧件已不在待返还状态（已寄回、已收回或已报废）。",
  },
} as const satisfies Record<string, ErrorEntry>;
