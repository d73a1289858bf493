import { Button, Card, Flex, Select, Space, Table, Tabs, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useTitle } from "../../app/useTitle";
import { ListState, PageHeader } from "../../ui/patterns";
import { CSV_BOM, csvRow } from "../../ui/patterns/csv";
import { downloadCsv } from "../../ui/patterns/xlsx";
import { TierBadge } from "../../ui/TierBadge";
import {
  type ChurnFactor,
  type ChurnRisk,
  type InsightFilter,
  type Segments,
  useChurnRisk,
  useSegments,
} from "./insight-api";
import { TextInsightTab } from "./TextInsightTab";

const LEVEL_COLOR = { low: "green", medium: "orange", high: "red" } as const;
const SEGMENT_COLOR: Record<string, string> = {
  vip_at_risk: "red",
  champions: "green",
  high_value: "gold",
  unhappy: "volcano",
  frequent_contacts: "blue",
  new: "cyan",
  dormant: "default",
  steady: "geekblue",
};

function useFactorText() {
  const { t } = useTranslation();
  return (f: ChurnFactor) => {
    if (f.factor === "recency" && f.value === null) return t("insight.factor.recency_never");
    if (f.factor === "warranty_end" && typeof f.value === "number" && f.value < 0)
      return t("insight.factor.warranty_ended", { value: -f.value });
    if (f.factor === "tier")
      return t("insight.factor.tier", {
        value: t(`tier.${String(f.value)}`, { defaultValue: String(f.value) }),
      });
    return t(`insight.factor.${f.factor}`, { value: f.value });
  };
}

function Filters({
  filter,
  onChange,
  regions,
  productLines,
  children,
}: {
  filter: InsightFilter;
  onChange: (f: InsightFilter) => void;
  regions: { code: string; name: string }[];
  productLines: string[];
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Space wrap>
      <Select
        allowClear
        style={{ minWidth: 160 }}
        placeholder={t("insight.filter.region")}
        aria-label={t("insight.filter.region")}
        value={filter.region}
        onChange={(region) => onChange({ ...filter, region })}
        options={regions.map((r) => ({ value: r.code, label: r.name }))}
        data-testid="insight-region"
      />
      <Select
        allowClear
        style={{ minWidth: 160 }}
        placeholder={t("insight.filter.productLine")}
        aria-label={t("insight.filter.productLine")}
        value={filter.productLine}
        onChange={(productLine) => onChange({ ...filter, productLine })}
        options={productLines.map((p) => ({ value: p, label: t(`forecast.line.${p}`, { defaultValue: p }) }))}
        data-testid="insight-product-line"
      />
      {children}
    </Space>
  );
}

function ChurnTab({ filter, setFilter }: { filter: InsightFilter; setFilter: (f: InsightFilter) => void }) {
  const { t } = useTranslation();
  const [level, setLevel] = useState<string | undefined>();
  const q = useChurnRisk({ ...filter, level });
  const factorText = useFactorText();
  const data: ChurnRisk | undefined = q.data;
  return (
    <Flex vertical gap={12}>
      <Filters
        filter={filter}
        onChange={setFilter}
        regions={data?.regions ?? []}
        productLines={data?.productLines ?? []}
      >
        <Select
          allowClear
          style={{ minWidth: 120 }}
          placeholder={t("insight.filter.level")}
          aria-label={t("insight.filter.level")}
          value={level}
          onChange={setLevel}
          options={(["high", "medium", "low"] as const).map((l) => ({
            value: l,
            label: t(`insight.level.${l}`),
          }))}
        />
      </Filters>
      {data && (
        <Space wrap size={[8, 4]}>
          {(["high", "medium", "low"] as const).map((l) => (
            <Tag key={l} color={LEVEL_COLOR[l]} data-testid={`churn-count-${l}`}>
              {t(`insight.level.${l}`)}: {t("insight.counts", { n: data.counts[l] })}
            </Tag>
          ))}
          <Typography.Text type="secondary">{t("insight.thresholds", data.thresholds)}</Typography.Text>
        </Space>
      )}
      <ListState query={q} empty={(data?.items.length ?? 0) === 0} emptyText={t("insight.empty")}>
        <Table
          size="small"
          rowKey="id"
          data-testid="churn-risk"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 720 }}
          dataSource={data?.items ?? []}
          columns={[
            {
              title: t("insight.customer"),
              key: "name",
              render: (_, c) => <Link to={`/console/customers/${c.id}`}>{c.name}</Link>,
            },
            { title: t("insight.tier"), key: "tier", render: (_, c) => <TierBadge tier={c.tier as never} /> },
            {
              title: t("insight.region"),
              key: "region",
              width: 96,
              render: (_, c) => c.regionName ?? t("common.dash"),
            },
            {
              title: t("insight.score"),
              key: "score",
              align: "right",
              width: 104,
              // The score and its level stay on one line on a phone (the table scrolls instead).
              render: (_, c) => (
                <Space size={4} style={{ whiteSpace: "nowrap" }}>
                  <Typography.Text strong>{c.score}</Typography.Text>
                  <Tag color={LEVEL_COLOR[c.level]}>{t(`insight.level.${c.level}`)}</Tag>
                </Space>
              ),
            },
            {
              title: t("insight.why"),
              key: "why",
              render: (_, c) => {
                const shown = c.factors.filter((f) => f.points > 0);
                if (shown.length === 0)
                  return <Typography.Text type="secondary">{t("insight.nothing")}</Typography.Text>;
                return (
                  <Space wrap size={[4, 4]}>
                    {shown.map((f) => (
                      <Tag key={f.factor} data-testid={`factor-${f.factor}`}>
                        {factorText(f)} <strong>+{f.points}</strong>
                      </Tag>
                    ))}
                  </Space>
                );
              },
            },
          ]}
        />
      </ListState>
    </Flex>
  );
}

function SegmentsTab({
  filter,
  setFilter,
  regions,
  productLines,
}: {
  filter: InsightFilter;
  setFilter: (f: InsightFilter) => void;
  regions: { code: string; name: string }[];
  productLines: string[];
}) {
  const { t } = useTranslation();
  const [segment, setSegment] = useState<string | undefined>();
  const q = useSegments({ ...filter, segment });
  const data: Segments | undefined = q.data;
  // A call list for care actions (回访): the segment's customers with their phone numbers.
  const download = () => {
    const rows = (data?.items ?? []).map((m) =>
      csvRow([m.name, m.phone ?? "", t(`insight.segment.${m.segment}`), m.regionName ?? ""]),
    );
    downloadCsv(
      [
        CSV_BOM,
        csvRow([t("insight.customer"), t("insight.phone"), t("insight.filter.segment"), t("insight.region")]),
        ...rows,
      ],
      `segment-${segment ?? "all"}.csv`,
    );
  };
  return (
    <Flex vertical gap={12}>
      <Filters filter={filter} onChange={setFilter} regions={regions} productLines={productLines}>
        <Button onClick={download} disabled={(data?.items.length ?? 0) === 0} data-testid="segment-call-list">
          {t("insight.callbackList")}
        </Button>
      </Filters>
      {data && (
        <Space wrap size={[8, 8]} data-testid="segment-counts">
          <Tag.CheckableTag checked={segment === undefined} onChange={() => setSegment(undefined)}>
            {t("insight.filter.all")}
          </Tag.CheckableTag>
          {data.counts.map((c) => (
            <Tag.CheckableTag
              key={c.segment}
              checked={segment === c.segment}
              onChange={(on) => setSegment(on ? c.segment : undefined)}
            >
              {t(`insight.segment.${c.segment}`)} · {c.customers}
            </Tag.CheckableTag>
          ))}
        </Space>
      )}
      <Typography.Text type="secondary">{t("insight.segmentRules")}</Typography.Text>
      <ListState query={q} empty={(data?.items.length ?? 0) === 0} emptyText={t("insight.empty")}>
        <Table
          size="small"
          rowKey="id"
          data-testid="segments"
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          scroll={{ x: 860 }}
          dataSource={data?.items ?? []}
          columns={[
            {
              title: t("insight.customer"),
              key: "name",
              render: (_, c) => <Link to={`/console/customers/${c.id}`}>{c.name}</Link>,
            },
            {
              title: t("insight.filter.segment"),
              key: "segment",
              render: (_, c) => (
                <Tag color={SEGMENT_COLOR[c.segment]}>{t(`insight.segment.${c.segment}`)}</Tag>
              ),
            },
            { title: t("insight.valueTitle"), key: "value", render: (_, c) => t(`insight.value.${c.value}`) },
            { title: t("insight.units"), dataIndex: "units", align: "right" },
            { title: t("insight.contacts"), dataIndex: "contacts", align: "right" },
            {
              title: t("insight.channels"),
              key: "channels",
              render: (_, c) => c.channels.map((ch) => t(`channel.${ch}`, { defaultValue: ch })).join(", "),
            },
            {
              title: t("insight.satisfactionTitle"),
              key: "satisfaction",
              render: (_, c) => t(`insight.satisfaction.${c.satisfaction}`),
            },
            { title: t("insight.phone"), key: "phone", render: (_, c) => c.phone ?? t("common.dash") },
          ]}
        />
      </ListState>
    </Flex>
  );
}

export default function CustomerInsightPage() {
  const { t } = useTranslation();
  useTitle(t("insight.title"));
  const [filter, setFilter] = useState<InsightFilter>({});
  // The churn answer carries the filter choices (regions and product lines of the whole tenant).
  const choices = useChurnRisk({});
  return (
    <Flex vertical gap={16} style={{ maxWidth: 1400, margin: "0 auto" }}>
      <PageHeader title={t("insight.title")} description={t("insight.intro")} />
      <Card size="small">
        <Tabs
          items={[
            {
              key: "churn",
              label: t("insight.tabs.churn"),
              children: <ChurnTab filter={filter} setFilter={setFilter} />,
            },
            {
              key: "segments",
              label: t("insight.tabs.segments"),
              children: (
                <SegmentsTab
                  filter={filter}
                  setFilter={setFilter}
                  regions={choices.data?.regions ?? []}
                  productLines={choices.data?.productLines ?? []}
                />
              ),
            },
            { key: "text", label: t("insight.text.tab"), children: <TextInsightTab /> },
          ]}
        />
      </Card>
    </Flex>
  );
}
