import { Col, Form, Select, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import {
  REPORT_CHOICE_DIMENSIONS,
  type ReportChoiceDimension,
  type ReportKeyDimension,
} from "../../../shared/analytics-reports";
import { CHANNELS, PRIORITIES, TICKET_TYPES, TIERS } from "../../app/types";
import { type ReportChoices, type ReportDefinition, useReportChoices } from "./report-api";

// Filters of fixed vocabularies, named by the interface; the others' choices come from the data.
const CODED = { priority: PRIORITIES, type: TICKET_TYPES, channel: CHANNELS, tier: TIERS } as const;
type Coded = keyof typeof CODED;
export type ReportFilterable = Coded | ReportChoiceDimension;
export type ReportFilters = Partial<Record<ReportFilterable, string[]>>;

// A key's name: the interface's word for a coded key, the server's for a model, line or region
// (a key no longer in the data, e.g. of a saved filter, names itself).
function useKeyName() {
  const { t, i18n } = useTranslation();
  const choices = useReportChoices(i18n.language);
  const name = (dim: string, key: string): string =>
    key === ""
      ? t("analytics.reports.none")
      : dim in CODED
        ? t(`${dim}.${key}`, { defaultValue: key })
        : (choices.data?.[dim as keyof ReportChoices]?.find((c) => c.key === key)?.label ?? key);
  return { name, choices };
}

// The builder's filter pickers: priority, type, channel and tier, then model, line and region.
export function ReportFilterFields({
  filters,
  onChange,
}: {
  filters: ReportFilters;
  onChange: (filters: ReportFilters) => void;
}) {
  const { t } = useTranslation();
  const { name, choices } = useKeyName();
  const field = (dim: ReportFilterable, keys: readonly string[], loading = false) => {
    const chosen = filters[dim] ?? [];
    // A saved filter's key the data no longer has stays visible (and removable).
    const all = [...keys, ...chosen.filter((k) => !keys.includes(k))];
    return (
      <Form.Item label={t(`analytics.reports.dim.${dim}`)}>
        <Select
          mode="multiple"
          allowClear
          loading={loading}
          data-testid={`report-filter-${dim}`}
          placeholder={t("analytics.reports.filterAny", { dim: t(`analytics.reports.dim.${dim}`) })}
          value={chosen}
          onChange={(v: string[]) => onChange({ ...filters, [dim]: v })}
          optionFilterProp="label"
          maxTagCount="responsive"
          options={all.map((k) => ({ value: k, label: name(dim, k) }))}
        />
      </Form.Item>
    );
  };
  return (
    <>
      {(Object.keys(CODED) as Coded[]).map((dim) => (
        <Col xs={12} md={6} key={dim}>
          {field(dim, CODED[dim])}
        </Col>
      ))}
      {REPORT_CHOICE_DIMENSIONS.map((dim) => (
        <Col xs={24} sm={12} md={8} key={dim}>
          {field(
            dim,
            (choices.data?.[dim] ?? []).map((c) => c.key),
            choices.isLoading,
          )}
        </Col>
      ))}
    </>
  );
}

// What a saved report is filtered by, for those who open it without the builder.
export function ReportFilterSummary({ filters }: { filters: ReportDefinition["filters"] }) {
  const { t } = useTranslation();
  const { name } = useKeyName();
  const used = Object.entries(filters).filter((e): e is [ReportKeyDimension, string[]] =>
    Boolean(e[1]?.length),
  );
  if (used.length === 0) return null;
  return (
    <Typography.Paragraph data-testid="report-filter-summary" style={{ marginBottom: 12 }}>
      <Typography.Text type="secondary" style={{ marginInlineEnd: 8 }}>
        {t("analytics.reports.filteredBy")}
      </Typography.Text>
      {used.map(([dim, keys]) => (
        <Tag key={dim} style={{ marginBottom: 4, whiteSpace: "normal" }}>
          {t("analytics.reports.filterTag", {
            dim: t(`analytics.reports.dim.${dim}`),
            values: keys.map((k) => name(dim, k)).join(t("analytics.reports.listSeparator")),
          })}
        </Tag>
      ))}
    </Typography.Paragraph>
  );
}
