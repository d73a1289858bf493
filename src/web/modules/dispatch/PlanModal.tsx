import { ArrowRightOutlined } from "@ant-design/icons";
import { Alert, Modal, Table, Typography } from "antd";
import { useTranslation } from "react-i18next";
import type { DayFigures, DispatchBoard, DispatchPlan } from "./api";
import { clock } from "./time";

type Row = Exclude<keyof DayFigures, "placed">;
const ROWS: Row[] = [
  "travelKm",
  "travelMinutes",
  "windowsKept",
  "windowsMissed",
  "unplanned",
  "overtimeMinutes",
  "slaBreaches",
];

// The optimiser's proposal next to the day as it stands, and every visit that would move.
export function PlanModal(props: {
  plan: DispatchPlan | null;
  board: DispatchBoard;
  applying: boolean;
  onApply: () => void;
  onClose: () => void;
}) {
  const { plan, board } = props;
  const { t, i18n } = useTranslation();
  const names = new Map(board.technicians.map((x) => [x.id, x.name]));
  const labels = new Map(board.visits.map((v) => [v.id, v.label]));
  const who = (id: string | null) => (id ? (names.get(id) ?? id) : t("dispatch.plan.nobody"));
  const at = (iso: string | null) => clock(iso, board.timeZone, i18n.language);
  return (
    <Modal
      open={plan !== null}
      title={t("dispatch.plan.title")}
      okText={t("dispatch.plan.apply")}
      onOk={props.onApply}
      okButtonProps={{ loading: props.applying, id: "apply-plan" }}
      onCancel={props.onClose}
      width={760}
      destroyOnHidden
    >
      {plan ? (
        <div data-testid="plan-compare">
          <Table
            size="small"
            pagination={false}
            rowKey="key"
            dataSource={ROWS.map((key) => ({ key, before: plan.before[key], after: plan.after[key] }))}
            columns={[
              { title: "", dataIndex: "key", render: (k: Row) => t(`dispatch.figures.${k}`) },
              { title: t("dispatch.plan.before"), dataIndex: "before", align: "right" },
              {
                title: t("dispatch.plan.after"),
                dataIndex: "after",
                align: "right",
                render: (v: number, row) => (
                  <Typography.Text strong={v !== row.before} data-testid={`after-${row.key}`}>
                    {v}
                  </Typography.Text>
                ),
              },
            ]}
          />
          <Typography.Title level={5} style={{ marginTop: 16 }}>
            {t("dispatch.plan.moved")}
          </Typography.Title>
          {plan.moved.length === 0 ? (
            <Typography.Text type="secondary">{t("dispatch.plan.nothingMoved")}</Typography.Text>
          ) : (
            <Table
              size="small"
              pagination={false}
              rowKey="visitId"
              scroll={{ x: true, y: 260 }}
              dataSource={plan.moved}
              columns={[
                { title: t("dispatch.plan.visit"), dataIndex: "label" },
                {
                  title: `${t("dispatch.plan.from")} → ${t("dispatch.plan.to")}`,
                  render: (_, m) => (
                    <span>
                      {who(m.fromTechnicianId)} <ArrowRightOutlined /> {who(m.toTechnicianId)}
                    </span>
                  ),
                },
                {
                  title: t("dispatch.plan.shift"),
                  render: (_, m) => `${at(m.fromStart)} → ${at(m.toStart)}`,
                },
              ]}
            />
          )}
          {plan.unplanned.length > 0 ? (
            <Alert
              style={{ marginTop: 12 }}
              type="warning"
              showIcon
              message={t("dispatch.plan.unplannedLeft", {
                list: plan.unplanned.map((id) => labels.get(id) ?? id).join(", "),
              })}
            />
          ) : null}
        </div>
      ) : null}
    </Modal>
  );
}
