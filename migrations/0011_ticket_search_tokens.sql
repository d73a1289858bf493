-- Search tokens of a text, mirrored by documentTokens() in src/server/modules/tickets/ticket-search.ts:
-- letters and digits are folded one character at a time by a fixed table (A-Z, full-width A-Z,
-- a-z and 0-9, KELVIN SIGN, dotted I; no locale involved), then every run of CJK characters gives
-- each character and each pair, and every run of Latin letters/digits gives its trigrams (or the
-- run itself when shorter). Immutable, so it can fill a stored generated column: the ALTER below
-- computes it for the existing rows and PostgreSQL keeps it current on every insert and update.
-- Changing it needs a new migration that replaces it and recomputes tickets.search_tokens.
CREATE FUNCTION text_search_tokens(doc text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
AS $fn$
  select coalesce(array_agg(distinct token), '{}')
  from regexp_matches(
         translate($1,
           'ABCDEFGHIJKLMNOPQRSTUVWXYZＡＢＣＤＥＦＧＨＩＪＫＬＭＮＯＰＱＲＳＴＵＶＷＸＹＺａｂｃｄｅｆｇｈｉｊｋｌｍｎｏｐｑｒｓｔｕｖｗｘｙｚ０１２３４５６７８９' || U&'\212A\0130',
           'abcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyzabcdefghijklmnopqrstuvwxyz0123456789ki'),
         '([a-z0-9]+)|([\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\uff66-\uff9f\U00020000-\U0002ffff]+)',
         'g') as m(run),
       lateral (
         select substr(run[1], i, 3) from generate_series(1, length(run[1]) - 2) i
         union all select run[1] where length(run[1]) < 3
         union all select substr(run[2], i, 1) from generate_series(1, length(run[2])) i
         union all select substr(run[2], i, 2) from generate_series(1, length(run[2]) - 1) i
       ) as t(token)
$fn$;--> statement-breakpoint
ALTER TABLE "tickets" ADD COLUMN "search_tokens" text[] GENERATED ALWAYS AS (text_search_tokens("subject" || ' ' || "description")) STORED NOT NULL;--> statement-breakpoint
CREATE INDEX "tickets_search_tokens_idx" ON "tickets" USING gin ("search_tokens");