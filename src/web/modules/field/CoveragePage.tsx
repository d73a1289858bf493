import { Button, Card, Col, Empty, Flex, Progress, Row, Table, Tag, Typography } from "antd";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import type { CoverageReport, NetworkNode } from "../../../shared/api/field";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ListState } from "../../ui/ListState";
import { PageHeader } from "../../ui/patterns";
import { useCoverage, useCoverageReport, useNetworkNodes, useSaveCoverage } from "./coverage-api";
import { DivisionsPicker } from "./DivisionPicker";

// Admins: which divisions each node serves, and how much of the customer base that reaches.
export default function CoveragePage() {
  const { t } = useTranslation();
  useTitle(t("field.coverage.title"));
  const nodes = useNetworkNodes();
  const coverage = useCoverage();
  const report = useCoverageReport();
  const items = nodes.data?.items ?? [];
  return (
    <Flex vertical gap={12}>
      <PageHeader title={t("field.coverage.title")} description={t("field.coverage.intro")} />
      <Card size="small" title={t("field.coverage.report")} data-testid="coverage-report">
        <ListState query={report} empty={!report.data} emptyText={t("field.coverage.noAddresses")}>
          {report.data ? <ReportBody r={report.data} /> : null}
        </ListState>
      </Card>
      <ListState query={nodes} empty={items.length === 0} emptyText={t("field.coverage.noNodes")}>
        <Row gutter={[12, 12]}>
          {items.map((n) => (
            <Col key={n.id} xs={24} lg={12}>
              <NodeCoverageCard
                node={n}
                saved={
                  coverage.data?.items.find((c) => c.nodeId === n.id)?.divisions.map((d) => d.code) ?? []
                }
              />
            </Col>
          ))}
        </Row>
      </ListState>
    </Flex>
  );
}

function ReportBody({ r }: { r: CoverageReport }) {
  const { t } = useTranslation();
  if (r.share === null)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t("field.coverage.noAddresses")} />;
  const percent = Math.round(r.share * 1000) / 10;
  return (
    <Flex vertical gap={12}>
      <Flex wrap gap={16} align="center">
        <Progress
          type="dashboard"
          percent={percent}
          size={110}
          status={r.meetsGoal ? "success" : "exception"}
          format={() => `${percent}%`}
        />
        <Flex vertical gap={4}>
          <Typography.Text strong>{t("field.coverage.share")}</Typography.Text>
          <Flex gap={8} wrap>
            <Tag color={r.meetsGoal ? "green" : "red"} data-testid="coverage-goal">
              {r.meetsGoal ? t("field.coverage.met") : t("field.coverage.notMet")}
            </Tag>
            <Typography.Text type="secondary">
              {t("field.coverage.goal", { goal: Math.round(r.goal * 100) })}
            </Typography.Text>
          </Flex>
          <Typography.Text type="secondary">
            {t("field.coverage.counts", {
              covered: r.covered,
              withAddress: r.withAddress,
              customers: r.customers,
            })}
          </Typography.Text>
        </Flex>
      </Flex>
      <Typography.Text strong>{t("field.coverage.gaps")}</Typography.Text>
      <Table
        size="small"
        rowKey="code"
        data-testid="coverage-gaps"
        pagination={r.gaps.length > 10 ? { pageSize: 10 } : false}
        dataSource={r.gaps}
        locale={{ emptyText: t("field.coverage.noGaps") }}
        columns={[
          { key: "area", title: t("field.coverage.area"), render: (_, g) => `${g.name} (${g.code})` },
          { key: "customers", title: t("field.coverage.customers"), dataIndex: "customers", align: "right" },
        ]}
      />
    </Flex>
  );
}

function NodeCoverageCard({ node, saved }: { node: NetworkNode; saved: string[] }) {
  const { t } = useTranslation();
  const save = useSaveCoverage();
  const [codes, setCodes] = useState<string[]>(saved);
  const savedKey = saved.join(",");
  // biome-ignore lint/correctness/useExhaustiveDependencies: reset when the saved list changes
  useEffect(() => setCodes(saved), [savedKey]);
  const dirty = codes.join(",") !== savedKey;
  return (
    <Card
      size="small"
      title={
        <Flex gap={8} align="center" wrap>
          <span>{node.name}</span>
          <Tag>{t(`field.level.${node.level}` as "field.level.hq")}</Tag>
        </Flex>
      }
      data-testid={`coverage-node-${node.code}`}
    >
      <DivisionsPicker value={codes} onChange={setCodes} />
      <Flex justify="space-between" align="center" style={{ marginTop: 8 }} gap={8} wrap>
        <Typography.Text type="secondary">
          {codes.length === 0 ? t("field.coverage.none") : null}
        </Typography.Text>
        <Button
          type="primary"
          data-testid="save-coverage"
          disabled={!dirty}
          loading={save.isPending}
          onClick={() =>
            save.mutate(
              { nodeId: node.id, divisions: codes },
              { onSuccess: () => showSuccess(t("common.saved")), onError: showError },
            )
          }
        >
          {t("field.coverage.save")}
        </Button>
      </Flex>
    </Card>
  );
}
