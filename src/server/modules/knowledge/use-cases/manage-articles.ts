import { appendAudit } from "../../../platform/audit/audit-log.js";
import type { Services } from "../../../platform/context.js";
import type { Db } from "../../../platform/db/client.js";
import { AppError } from "../../../platform/errors.js";
import type { Actor } from "../../../platform/http/actor.js";
import { newId } from "../../../platform/ids.js";
import {
  type ArticleRow,
  findArticle,
  insertArticle,
  insertVersion,
  listArticles,
  listVersions,
  lockArticle,
  saveSynonyms,
  tenantSynonyms,
  translationTaken,
  updateArticleRow,
} from "../knowledge.repository.js";
import type { ArticleStatus, ArticleVisibility } from "../knowledge.tables.js";

export type ArticleInput = {
  title: string;
  body: string;
  tags?: string[];
  locale?: "zh-CN" | "en";
  status?: ArticleStatus;
  visibility?: ArticleVisibility;
  category?: string | null;
  productLine?: string | null;
  faultCodes?: string[];
  /** YYYY-MM-DD: when an editor should check it is still right. */
  reviewBy?: string | null;
  /** Another article's id: this one is its translation. */
  translationOf?: string;
};

export type ArticlePatch = Partial<Omit<ArticleInput, "locale" | "translationOf" | "status">>;

function articleDto(row: ArticleRow) {
  return {
    id: row.id,
    translationKey: row.translationKey,
    locale: row.locale,
    title: row.title,
    body: row.body,
    tags: row.tags,
    category: row.category,
    productLine: row.productLine,
    faultCodes: row.faultCodes,
    status: row.status,
    visibility: row.visibility,
    version: row.version,
    views: row.views,
    helpful: row.helpful,
    notHelpful: row.notHelpful,
    deflected: row.deflected,
    updatedBy: row.updatedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    reviewBy: row.reviewBy,
  };
}

// Draft → review → published, back to draft to rework or withdraw; an editor may publish a draft.
const TRANSITIONS: Record<ArticleStatus, readonly ArticleStatus[]> = {
  draft: ["review", "published"],
  review: ["draft", "published"],
  published: ["draft"],
};

const audit = (tx: Db, s: Services, a: Actor, action: string, id: string, data: Record<string, unknown>) =>
  appendAudit(tx, {
    tenantId: a.tenantId,
    actorId: a.userId,
    action,
    entityType: "kb_article",
    entityId: id,
    data,
    at: s.clock.now(),
  });

const snapshot = (row: ArticleRow) => ({ title: row.title, body: row.body, tags: row.tags });

async function recordVersion(tx: Db, a: Actor, row: ArticleRow): Promise<void> {
  await insertVersion(tx, {
    id: newId("kbv"),
    tenantId: a.tenantId,
    articleId: row.id,
    version: row.version,
    status: row.status,
    snapshot: snapshot(row),
    changedBy: a.userId,
  });
}

const normaliseCodes = (codes: string[] | undefined) => [
  ...new Set((codes ?? []).map((c) => c.trim().toUpperCase())),
];

export async function createArticle(s: Services, a: Actor, input: ArticleInput) {
  return s.db.transaction(async (tx) => {
    const locale = input.locale ?? "zh-CN";
    let translationKey = newId("kbk");
    if (input.translationOf) {
      const original = await findArticle(tx, a.tenantId, input.translationOf, "staff");
      if (!original) throw new AppError("kb.not_found");
      translationKey = original.translationKey;
      if (await translationTaken(tx, a.tenantId, translationKey, locale))
        throw new AppError("kb.translation_exists", { locale });
    }
    const now = s.clock.now();
    const status = input.status ?? "draft";
    const row = await insertArticle(tx, {
      id: newId("kba"),
      tenantId: a.tenantId,
      translationKey,
      locale,
      title: input.title,
      body: input.body,
      tags: input.tags ?? [],
      category: input.category ?? null,
      productLine: input.productLine ?? null,
      faultCodes: normaliseCodes(input.faultCodes),
      reviewBy: input.reviewBy ?? null,
      status,
      visibility: input.visibility ?? "public",
      updatedBy: a.userId,
      createdAt: now,
      updatedAt: now,
      publishedAt: status === "published" ? now : null,
    });
    await recordVersion(tx, a, row);
    await audit(tx, s, a, "kb.article_created", row.id, { status, locale, title: row.title });
    return articleDto(row);
  });
}

export async function updateArticle(s: Services, a: Actor, id: string, patch: ArticlePatch) {
  return s.db.transaction(async (tx) => {
    const current = await lockArticle(tx, a.tenantId, id);
    if (!current) throw new AppError("kb.not_found");
    const row = await updateArticleRow(tx, a.tenantId, id, {
      ...patch,
      ...(patch.faultCodes ? { faultCodes: normaliseCodes(patch.faultCodes) } : {}),
      version: current.version + 1,
      updatedBy: a.userId,
      updatedAt: s.clock.now(),
    });
    await recordVersion(tx, a, row);
    await audit(tx, s, a, "kb.article_updated", id, { version: row.version, fields: Object.keys(patch) });
    return articleDto(row);
  });
}

export async function transitionArticle(s: Services, a: Actor, id: string, to: ArticleStatus) {
  return s.db.transaction(async (tx) => {
    const current = await lockArticle(tx, a.tenantId, id);
    if (!current) throw new AppError("kb.not_found");
    if (!TRANSITIONS[current.status].includes(to))
      throw new AppError("kb.invalid_transition", { from: current.status, to });
    const now = s.clock.now();
    const row = await updateArticleRow(tx, a.tenantId, id, {
      status: to,
      version: current.version + 1,
      updatedBy: a.userId,
      updatedAt: now,
      ...(to === "published" ? { publishedAt: now } : {}),
    });
    await recordVersion(tx, a, row);
    await audit(tx, s, a, "kb.article_status", id, { from: current.status, to, version: row.version });
    return articleDto(row);
  });
}

export async function getArticleForStaff(s: Services, a: Actor, id: string) {
  const row = await findArticle(s.db, a.tenantId, id, "staff");
  if (!row) throw new AppError("kb.not_found");
  return articleDto(row);
}

// `due`: articles whose review date has come (stale-article review), oldest first.
export async function listArticlesForStaff(s: Services, a: Actor, status?: ArticleStatus, due?: string) {
  const rows = await listArticles(s.db, a.tenantId, "staff", status);
  const picked = due
    ? rows
        .filter((r) => r.reviewBy && r.reviewBy <= due)
        .sort((x, y) => (x.reviewBy ?? "").localeCompare(y.reviewBy ?? ""))
    : rows;
  return { items: picked.map(articleDto) };
}

export async function getSynonyms(s: Services, a: Actor) {
  return { groups: await tenantSynonyms(s.db, a.tenantId) };
}

// Replaces the tenant's synonym groups; the search index picks them up on the next search.
export async function putSynonyms(s: Services, a: Actor, groups: string[][]) {
  const clean = groups
    .map((g) => [...new Set(g.map((w) => w.trim()).filter(Boolean))])
    .filter((g) => g.length >= 2);
  await s.db.transaction(async (tx) => {
    await saveSynonyms(tx, a.tenantId, clean, s.clock.now());
    await audit(tx, s, a, "kb.synonyms_changed", a.tenantId, { groups: clean.length });
  });
  return { groups: clean };
}

export async function articleVersions(s: Services, a: Actor, id: string) {
  if (!(await findArticle(s.db, a.tenantId, id, "staff"))) throw new AppError("kb.not_found");
  const rows = await listVersions(s.db, a.tenantId, id);
  return {
    items: rows.map((v) => ({
      version: v.version,
      status: v.status,
      title: v.snapshot.title,
      body: v.snapshot.body,
      tags: v.snapshot.tags,
      changedBy: v.changedBy,
      changedAt: v.changedAt.toISOString(),
    })),
  };
}
