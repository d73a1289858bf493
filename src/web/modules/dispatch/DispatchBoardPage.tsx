import { ThunderboltOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Col,
  DatePicker,
  Empty,
  Flex,
  Grid,
  List,
  Row,
  Select,
  Space,
  Statistic,
  Tag,
  Typography,
} from "antd";
import dayjs from "dayjs";
import { useEffect, useState } from "react";
import { useTranslation } from "react-i18next";
import { useSearchParams } from "react-router";
import { showError, showSuccess } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { RemoteSuccessCard } from "../field/RemoteSuccessCard";
import {
  type BoardVisit,
  type DispatchBoard,
  type DispatchPlan,
  useApplyPlan,
  useBoard,
  useMove,
  useNodes,
  useOptimise,
} from "./api";
import { type Drop, Gantt } from "./Gantt";
import { MoveModal, type PendingMove } from "./MoveModal";
import { PlanModal } from "./PlanModal";
import { RouteMap } from "./RouteMap";
import { clock, today } from "./time";

// The planner's board for one service area and day: technicians × time, unplanned visits, the
// map; "optimise" proposes a plan with a before/after comparison; dragging a visit (or, on a
// phone, "move to…") answers live with what the move breaks before it is applied.
export default function DispatchBoardPage() {
  const { t, i18n } = useTranslation();
  useTitle(t("dispatch.title"));
  const screens = Grid.useBreakpoint();
  const wide = screens.lg ?? true;
  const [params, setParams] = useSearchParams();
  const nodes = useNodes();
  const nodeId = params.get("node") ?? undefined;
  const day = params.get("day") ?? today();
  const [absent, setAbsent] = useState<string[]>([]);
  const board = useBoard(nodeId, day);
  const optimise = useOptimise();
  const apply = useApplyPlan();
  const move = useMove();
  const [plan, setPlan] = useState<DispatchPlan | null>(null);
  const [pending, setPending] = useState<PendingMove | null>(null);

  // The first area the planner sees (a regional manager: their region) is the default.
  useEffect(() => {
    const first = nodes.data?.items[0];
    if (!nodeId && first)
      setParams((p) => ({ ...Object.fromEntries(p), node: first.id, day }), { replace: true });
  }, [nodeId, nodes.data, setParams, day]);

  const set = (k: string, v: string) => setParams((p) => ({ ...Object.fromEntries(p), [k]: v }));

  const ask = (d: Drop | { visitId: string; technicianId: string; position?: number }) => {
    if (!nodeId) return;
    move.mutate(
      { nodeId, day, visitId: d.visitId, technicianId: d.technicianId, position: d.position },
      { onSuccess: (answer) => setPending({ ...d, answer }), onError: showError },
    );
  };
  const confirmMove = () => {
    if (!pending || !nodeId) return;
    move.mutate(
      {
        nodeId,
        day,
        visitId: pending.visitId,
        technicianId: pending.technicianId,
        position: pending.position,
        apply: true,
        acceptWarnings: pending.answer.warnings.length > 0,
      },
      {
        onSuccess: () => {
          setPending(null);
          showSuccess(t("dispatch.move.done"));
        },
        onError: showError,
      },
    );
  };
  const runOptimise = () => {
    if (!nodeId) return;
    optimise.mutate({ nodeId, day, absent, seconds: 3 }, { onSuccess: setPlan, onError: showError });
  };
  const confirmPlan = () => {
    if (!plan) return;
    apply.mutate(plan.id, {
      onSuccess: (r) => {
        setPlan(null);
        showSuccess(t("dispatch.plan.applied", { count: r.changed }));
      },
      onError: showError,
    });
  };

  const b = board.data;
  return (
    <Card
      title={t("dispatch.title")}
      style={{ maxWidth: 1600, margin: "0 auto" }}
      extra={
        <Button
          type="primary"
          icon={<ThunderboltOutlined />}
          loading={optimise.isPending}
          disabled={!b || b.technicians.length === 0}
          onClick={runOptimise}
          data-testid="optimise"
        >
          {optimise.isPending ? t("dispatch.optimising") : t("dispatch.optimise")}
        </Button>
      }
    >
      <Flex gap={12} wrap style={{ marginBottom: 16 }}>
        <Select
          aria-label={t("dispatch.node")}
          data-testid="node-select"
          style={{ minWidth: 240 }}
          loading={nodes.isPending}
          value={nodeId}
          onChange={(v) => set("node", v)}
          options={(nodes.data?.items ?? []).map((n) => ({ value: n.id, label: n.name }))}
        />
        <DatePicker
          aria-label={t("dispatch.day")}
          allowClear={false}
          value={dayjs(day)}
          onChange={(d) => d && set("day", d.format("YYYY-MM-DD"))}
        />
        <Select
          mode="multiple"
          aria-label={t("dispatch.absent")}
          placeholder={t("dispatch.absentHint")}
          style={{ minWidth: 220 }}
          value={absent}
          onChange={setAbsent}
          options={(b?.technicians ?? []).map((x) => ({ value: x.id, label: x.name }))}
        />
      </Flex>
      {!nodeId ? (
        <Empty description={t("dispatch.noNode")} />
      ) : board.isError ? (
        <ErrorState error={board.error} onRetry={() => void board.refetch()} />
      ) : !b ? (
        <Card loading />
      ) : (
        <>
          <Figures board={b} />
          {b.technicians.length === 0 ? (
            <Empty description={t("dispatch.noTechnicians")} />
          ) : (
            <Row gutter={[16, 16]}>
              <Col xs={24} lg={17}>
                {wide ? (
                  <>
                    <Gantt board={b} onDrop={ask} />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {t("dispatch.dragHint")}
                    </Typography.Text>
                  </>
                ) : (
                  <RoundList board={b} lang={i18n.language} onMove={ask} />
                )}
              </Col>
              <Col xs={24} lg={7}>
                <Space direction="vertical" style={{ width: "100%" }} size={16}>
                  <Card size="small" title={t("dispatch.unplanned")} data-testid="unplanned">
                    <List
                      dataSource={b.unplanned.flatMap((id) => b.visits.filter((v) => v.id === id))}
                      locale={{ emptyText: t("dispatch.noUnplanned") }}
                      renderItem={(v) => (
                        <List.Item
                          data-testid="unplanned-visit"
                          data-label={v.label}
                          draggable
                          onDragStart={(e) => e.dataTransfer.setData("text/plain", v.id)}
                          style={{ cursor: "grab" }}
                        >
                          <VisitLine v={v} board={b} lang={i18n.language} onMove={ask} />
                        </List.Item>
                      )}
                    />
                  </Card>
                  <Card size="small" title={t("dispatch.map")}>
                    <RouteMap board={b} />
                  </Card>
                </Space>
              </Col>
            </Row>
          )}
          <PlanModal
            plan={plan}
            board={b}
            applying={apply.isPending}
            onApply={confirmPlan}
            onClose={() => setPlan(null)}
          />
          <MoveModal
            move={pending}
            board={b}
            applying={move.isPending}
            onApply={confirmMove}
            onClose={() => setPending(null)}
          />
        </>
      )}
      <RemoteSuccessCard />
    </Card>
  );
}

function Figures({ board }: { board: DispatchBoard }) {
  const { t } = useTranslation();
  const f = board.figures;
  return (
    <Row gutter={[16, 8]} style={{ marginBottom: 16 }} data-testid="day-figures">
      {(
        [
          ["travelKm", f.travelKm],
          ["travelMinutes", f.travelMinutes],
          ["windowsKept", `${f.windowsKept}/${f.placed}`],
          ["unplanned", f.unplanned],
          ["overtimeMinutes", f.overtimeMinutes],
        ] as const
      ).map(([k, v]) => (
        <Col key={k} xs={12} sm={8} lg={4}>
          <Statistic title={t(`dispatch.figures.${k}`)} value={v} />
        </Col>
      ))}
    </Row>
  );
}

// A visit with its window and a "move to…" picker (the way to move on a phone).
function VisitLine(props: {
  v: BoardVisit;
  board: DispatchBoard;
  lang: string;
  onMove: (d: { visitId: string; technicianId: string }) => void;
}) {
  const { v, board, lang } = props;
  const { t } = useTranslation();
  return (
    <Flex vertical gap={4} style={{ width: "100%" }}>
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text strong>{v.label}</Typography.Text>
        <span>
          {clock(v.windowStart, board.timeZone, lang)}–{clock(v.windowEnd, board.timeZone, lang)}
        </span>
      </Flex>
      <Typography.Text type="secondary" ellipsis>
        {v.address}
      </Typography.Text>
      {v.fixed ? (
        <Tag>{t("dispatch.fixed")}</Tag>
      ) : (
        <Select
          size="small"
          placeholder={t("dispatch.moveTo")}
          aria-label={`${t("dispatch.moveTo")} ${v.label}`}
          value={null}
          onChange={(technicianId: string) => props.onMove({ visitId: v.id, technicianId })}
          options={board.technicians
            .filter((x) => x.id !== v.technicianId)
            .map((x) => ({ value: x.id, label: x.name }))}
        />
      )}
    </Flex>
  );
}

// Below the desk width: every technician's round as a list, in order.
function RoundList(props: {
  board: DispatchBoard;
  lang: string;
  onMove: (d: { visitId: string; technicianId: string }) => void;
}) {
  const { board, lang } = props;
  const visits = new Map(board.visits.map((v) => [v.id, v]));
  return (
    <Space direction="vertical" style={{ width: "100%" }} data-testid="round-list">
      {board.technicians.map((tech) => {
        const round = board.rounds.find((r) => r.technicianId === tech.id);
        const items = [
          ...board.visits.filter((v) => v.fixed && v.technicianId === tech.id),
          ...(round?.stops ?? []).flatMap((s) =>
            visits.get(s.visitId) ? [visits.get(s.visitId) as BoardVisit] : [],
          ),
        ];
        return (
          <Card key={tech.id} size="small" title={tech.name} extra={round ? `${round.km} km` : null}>
            <List
              dataSource={items}
              renderItem={(v) => (
                <List.Item>
                  <VisitLine v={v} board={board} lang={lang} onMove={props.onMove} />
                </List.Item>
              )}
            />
          </Card>
        );
      })}
    </Space>
  );
}
