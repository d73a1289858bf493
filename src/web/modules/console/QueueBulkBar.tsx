import { CheckCircleTwoTone, CloseCircleTwoTone, DownOutlined, MinusCircleTwoTone } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Button, Dropdown, Flex, List, Modal, Progress, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api";
import { errorText } from "../../app/feedback";
import { PRIORITIES, type Priority, type TicketListItem } from "../../app/types";
import { PriorityTag } from "../../ui/PriorityTag";
import { ReasonModal } from "../../ui/ReasonModal";
import { StatusTag } from "../../ui/StatusTag";
import { useAgents } from "../users/api";
import { BulkTagsModal, type TagChange } from "./BulkTagsModal";
import { actionFor, BULK_TARGETS, type BulkTarget } from "./bulk-status";
import { type MergePlan, MergeTicketsModal } from "./MergeTicketsModal";
import { PickMenu } from "./PickMenu";

const NONE = "__none";
const enc = encodeURIComponent;

type Outcome = { number: string; result: "ok" | "failed" | "skipped"; message?: string };
type Step = { number: string; skip?: string; run?: () => Promise<unknown>; done?: string };

// The bar above the queue once rows are ticked: assign, status, priority, tags or merge, one
// request per ticket through the same endpoints as the ticket page, with progress and a result each.
export function QueueBulkBar({ rows, onClear }: { rows: TicketListItem[]; onClear: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const agents = useAgents();
  const [assignTo, setAssignTo] = useState<string | null | undefined>(undefined);
  const [outcomes, setOutcomes] = useState<Outcome[] | null>(null);
  const [total, setTotal] = useState(0);
  const [dialog, setDialog] = useState<"tags" | "merge" | null>(null);
  const running = outcomes !== null && outcomes.length < total;

  const agentOptions = (agents.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  const nameOf = (id: string | null) =>
    id === null ? t("common.unassigned") : (agentOptions.find((o) => o.value === id)?.label ?? "");

  const run = async (steps: Step[]) => {
    setTotal(steps.length);
    setOutcomes([]);
    for (const s of steps) {
      let out: Outcome;
      if (s.skip !== undefined || !s.run) out = { number: s.number, result: "skipped", message: s.skip };
      else {
        try {
          await s.run();
          out = { number: s.number, result: "ok", message: s.done };
        } catch (err) {
          out = { number: s.number, result: "failed", message: errorText(err) };
        }
      }
      setOutcomes((o) => [...(o ?? []), out]);
    }
    void qc.invalidateQueries({ queryKey: ["tickets"] });
    void qc.invalidateQueries({ queryKey: ["ticket"] });
  };
  // The selection goes once the summary has been read (the bar holds the summary dialog).
  const closeSummary = () => {
    setOutcomes(null);
    onClear();
  };

  const assign = (to: string | null, reason?: string) =>
    run(
      rows.map((r) =>
        (r.assigneeId ?? null) === to
          ? { number: r.number, skip: t("desk.bulk.already") }
          : {
              number: r.number,
              run: () =>
                api.patch(`/tickets/${enc(r.number)}`, {
                  assigneeId: to,
                  ...(r.assigneeId && reason ? { reason } : {}),
                }),
            },
      ),
    );

  // Owned tickets change hands only with a reason: ask once for all of them.
  const owned =
    assignTo === undefined ? 0 : rows.filter((r) => r.assigneeId && r.assigneeId !== assignTo).length;
  const chooseAssignee = (v: string) => {
    const to = v === NONE ? null : v;
    if (rows.some((r) => r.assigneeId && r.assigneeId !== to)) setAssignTo(to);
    else void assign(to);
  };

  const setStatus = (target: BulkTarget) =>
    run(
      rows.map((r) => {
        const action = actionFor(target, r.status);
        if (!action)
          return {
            number: r.number,
            skip:
              r.status === target
                ? t("desk.bulk.already")
                : t("desk.bulk.notFrom", { from: t(`status.${r.status}`), to: t(`status.${target}`) }),
          };
        return { number: r.number, run: () => api.post(`/tickets/${enc(r.number)}/transitions`, { action }) };
      }),
    );

  const setPriority = (priority: Priority) =>
    run(
      rows.map((r) =>
        r.priority === priority
          ? { number: r.number, skip: t("desk.bulk.already") }
          : { number: r.number, run: () => api.patch(`/tickets/${enc(r.number)}`, { priority }) },
      ),
    );

  const changeTags = ({ addTags, removeTags }: TagChange) =>
    run(
      rows.map((r) =>
        addTags.every((x) => r.tags.includes(x)) && removeTags.every((x) => !r.tags.includes(x))
          ? { number: r.number, skip: t("desk.bulk.noChange") }
          : {
              number: r.number,
              run: () => api.patch(`/tickets/${enc(r.number)}`, { addTags, removeTags }),
            },
      ),
    );

  // One merge per ticket that goes; the survivor's line says it was kept.
  const merge = ({ into, reason }: MergePlan) =>
    run([
      ...rows
        .filter((r) => r.number !== into)
        .map((r) => ({
          number: r.number,
          done: t("desk.bulk.mergedInto", { number: into }),
          run: () => api.post(`/tickets/${enc(r.number)}/merge`, { into, ...(reason ? { reason } : {}) }),
        })),
      { number: into, skip: t("desk.bulk.survives") },
    ]);

  const count = (k: Outcome["result"]) => outcomes?.filter((o) => o.result === k).length ?? 0;
  const done = outcomes?.length ?? 0;

  return (
    <>
      <Flex
        role="toolbar"
        aria-label={t("desk.bulk.label")}
        data-testid="queue-bulk-bar"
        gap={8}
        wrap
        align="center"
        style={{
          padding: "6px 12px",
          marginBottom: 8,
          background: "#e6f4ff",
          border: "1px solid #91caff",
          borderRadius: 6,
        }}
      >
        <Typography.Text strong data-testid="queue-bulk-count">
          {t("patterns.selected", { count: rows.length })}
        </Typography.Text>
        <Dropdown
          trigger={["click"]}
          disabled={running}
          menu={{
            style: { maxHeight: 320, overflowY: "auto" },
            items: [
              { key: NONE, label: t("common.unassigned") },
              ...agentOptions.map((o) => ({ key: o.value, label: o.label })),
            ],
            onClick: ({ key }) => chooseAssignee(key),
          }}
        >
          <Button data-testid="bulk-assign" loading={agents.isPending}>
            {t("desk.bulk.assignTo")} <DownOutlined />
          </Button>
        </Dropdown>
        <PickMenu
          values={BULK_TARGETS}
          label={(s) => <StatusTag status={s} />}
          onPick={(s) => void setStatus(s)}
          disabled={running}
          testId="bulk-status"
        >
          {t("desk.bulk.setStatus")}
        </PickMenu>
        <PickMenu
          values={PRIORITIES}
          label={(p) => <PriorityTag priority={p} />}
          onPick={(p) => void setPriority(p)}
          disabled={running}
          testId="bulk-priority"
        >
          {t("desk.bulk.setPriority")}
        </PickMenu>
        <Button data-testid="bulk-tags" disabled={running} onClick={() => setDialog("tags")}>
          {t("desk.bulk.tags")}
        </Button>
        <Button
          data-testid="bulk-merge"
          disabled={running || rows.length < 2}
          title={rows.length < 2 ? t("desk.bulk.mergeNeedsTwo") : undefined}
          onClick={() => setDialog("merge")}
        >
          {t("desk.bulk.merge")}
        </Button>
        <Button type="link" onClick={onClear} disabled={running}>
          {t("desk.bulk.clear")}
        </Button>
      </Flex>
      <BulkTagsModal
        rows={rows}
        open={dialog === "tags"}
        onSubmit={(c) => void changeTags(c)}
        onClose={() => setDialog(null)}
      />
      <MergeTicketsModal
        rows={rows}
        open={dialog === "merge"}
        onSubmit={(p) => void merge(p)}
        onClose={() => setDialog(null)}
      />
      <ReasonModal
        open={assignTo !== undefined}
        required
        title={`${t("desk.bulk.reasonTitle", { count: rows.length, name: nameOf(assignTo ?? null) })} — ${t("desk.bulk.reasonHelp", { count: owned })}`}
        placeholder={t("routing.board.reasonPlaceholder")}
        onSubmit={async (reason) => {
          const to = assignTo ?? null;
          void assign(to, reason);
        }}
        onClose={() => setAssignTo(undefined)}
      />
      <Modal
        open={outcomes !== null}
        title={running ? t("desk.bulk.running") : t("desk.bulk.finished")}
        closable={!running}
        maskClosable={false}
        onCancel={closeSummary}
        footer={
          <Button type="primary" disabled={running} onClick={closeSummary} data-testid="bulk-close">
            {t("desk.bulk.close")}
          </Button>
        }
      >
        <div data-testid="bulk-result" data-done={running ? "false" : "true"}>
          <Progress
            percent={total === 0 ? 100 : Math.round((done / total) * 100)}
            format={() => t("desk.bulk.progress", { done, total })}
            status={running ? "active" : count("failed") > 0 ? "exception" : "success"}
          />
          {running ? null : (
            <Typography.Paragraph data-testid="bulk-summary" style={{ marginTop: 8 }}>
              {t("desk.bulk.summary", {
                ok: count("ok"),
                failed: count("failed"),
                skipped: count("skipped"),
              })}
            </Typography.Paragraph>
          )}
          <List
            size="small"
            dataSource={outcomes ?? []}
            style={{ maxHeight: 300, overflowY: "auto" }}
            renderItem={(o) => (
              <List.Item data-testid="bulk-outcome" data-result={o.result} data-number={o.number}>
                <Flex gap={8} align="baseline">
                  {o.result === "ok" ? (
                    <CheckCircleTwoTone twoToneColor="#52c41a" aria-label={t("desk.bulk.ok")} />
                  ) : o.result === "failed" ? (
                    <CloseCircleTwoTone twoToneColor="#ff4d4f" aria-label={t("desk.bulk.failed")} />
                  ) : (
                    <MinusCircleTwoTone twoToneColor="#bfbfbf" aria-label={t("desk.bulk.skipped")} />
                  )}
                  <Typography.Text style={{ fontFamily: "monospace" }}>{o.number}</Typography.Text>
                  <Typography.Text type={o.result === "failed" ? "danger" : "secondary"}>
                    {o.message ?? t(`desk.bulk.${o.result}`)}
                  </Typography.Text>
                </Flex>
              </List.Item>
            )}
          />
        </div>
      </Modal>
    </>
  );
}
