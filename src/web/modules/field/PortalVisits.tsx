import { FilePdfOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Flex, Input, Radio, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { downloadReport, useBookVisit, useVisitSlots, useVisitStep, useVisits, type Visit } from "./api";
import { clockText, kindKey, statusKey, windowText } from "./visit-format";

// The customer's home visits for a request: pick a window, move or cancel it (the server's notice
// rule answers inside the notice period), see who comes, get the report.
export function PortalVisits({ ticketRef }: { ticketRef: string }) {
  const { t } = useTranslation();
  const visits = useVisits({ ticketRef });
  const items = visits.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t("field.portal.title")} data-testid="portal-visits">
      <Flex vertical gap={16}>
        {items.map((v) => (
          <PortalVisit key={v.id} visit={v} />
        ))}
      </Flex>
    </Card>
  );
}

function PortalVisit({ visit: v }: { visit: Visit }) {
  const { t, i18n } = useTranslation();
  const { tz } = useFormat();
  const [mode, setMode] = useState<"none" | "move" | "cancel">("none");
  const picking = v.status === "requested" || (v.status === "scheduled" && mode === "move");
  const slots = useVisitSlots(v.id, picking);
  const book = useBookVisit(v.id);
  const cancel = useVisitStep(v.id);
  const [start, setStart] = useState<string>();
  const [reason, setReason] = useState("");
  const moving = v.status === "scheduled";
  return (
    <Flex vertical gap={8} data-testid="portal-visit">
      <Flex justify="space-between" gap={8} wrap>
        <Typography.Text strong>{t(kindKey(v.kind))}</Typography.Text>
        <Tag color={v.status === "done" ? "green" : "blue"} data-testid="portal-visit-status">
          {t(statusKey(v.status))}
        </Tag>
      </Flex>
      {v.windowStart ? (
        <span data-testid="portal-visit-window">
          {windowText(v, i18n.language, tz)}
          {v.technicianName ? ` · ${t("field.technician")}: ${v.technicianName}` : ""}
        </span>
      ) : null}
      {v.status === "en_route" ? (
        <Alert
          type="success"
          showIcon
          data-testid="portal-visit-eta"
          title={
            v.etaAt
              ? t("field.portal.onTheWay", {
                  name: v.technicianName ?? "",
                  time: clockText(v.etaAt, i18n.language, tz),
                })
              : t("field.portal.onTheWayNoEta", { name: v.technicianName ?? "" })
          }
        />
      ) : null}
      {v.status === "scheduled" && mode === "none" ? (
        <Flex gap={8} wrap>
          <Button data-testid="visit-reschedule" onClick={() => setMode("move")}>
            {t("field.portal.reschedule")}
          </Button>
          <Button danger data-testid="visit-cancel" onClick={() => setMode("cancel")}>
            {t("field.portal.cancel")}
          </Button>
        </Flex>
      ) : null}
      {v.status === "scheduled" && mode === "cancel" ? (
        <Flex vertical gap={8}>
          <Input.TextArea
            data-testid="cancel-reason"
            aria-label={t("field.portal.cancelReason")}
            placeholder={t("field.portal.cancelReason")}
            rows={2}
            maxLength={4000}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
          />
          <Flex gap={8} wrap>
            <Button
              danger
              type="primary"
              data-testid="confirm-cancel"
              disabled={!reason.trim()}
              loading={cancel.isPending}
              onClick={() =>
                cancel.mutate(
                  { action: "cancel", notes: reason.trim() },
                  {
                    onSuccess: () => {
                      setMode("none");
                      showSuccess(t("field.portal.cancelled"));
                    },
                    onError: showError,
                  },
                )
              }
            >
              {t("field.portal.confirmCancel")}
            </Button>
            <Button onClick={() => setMode("none")}>{t("field.portal.keep")}</Button>
          </Flex>
        </Flex>
      ) : null}
      {picking ? (
        (slots.data?.items.length ?? 0) === 0 && !slots.isPending ? (
          <Alert type="info" showIcon title={t("field.portal.noSlots")} />
        ) : (
          <>
            <Typography.Text>{t("field.portal.pick")}</Typography.Text>
            <Radio.Group
              value={start}
              onChange={(e) => setStart(e.target.value)}
              style={{ display: "flex", flexDirection: "column", gap: 6 }}
            >
              {(slots.data?.items ?? []).slice(0, 12).map((s) => (
                <Radio key={s.start} value={s.start} data-testid="slot">
                  {windowText({ windowStart: s.start, windowEnd: s.end }, i18n.language, tz)}
                </Radio>
              ))}
            </Radio.Group>
            <Button
              type="primary"
              block
              data-testid="book-slot"
              disabled={!start}
              loading={book.isPending}
              onClick={() =>
                start &&
                book.mutate(
                  { start },
                  {
                    onSuccess: () => {
                      setMode("none");
                      showSuccess(t(moving ? "field.portal.moved" : "field.portal.booked"));
                    },
                    onError: showError,
                  },
                )
              }
            >
              {t(moving ? "field.portal.move" : "field.portal.book")}
            </Button>
            {moving ? <Button onClick={() => setMode("none")}>{t("field.portal.keep")}</Button> : null}
          </>
        )
      ) : null}
      {v.status === "done" ? (
        <Button
          icon={<FilePdfOutlined />}
          data-testid="download-report"
          onClick={() => void downloadReport(v).catch(showError)}
        >
          {t("field.portal.report")}
        </Button>
      ) : null}
    </Flex>
  );
}
