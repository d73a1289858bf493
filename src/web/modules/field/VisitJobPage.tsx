import { ArrowLeftOutlined, EnvironmentOutlined } from "@ant-design/icons";
import {
  Button,
  Card,
  Checkbox,
  Descriptions,
  Flex,
  Input,
  InputNumber,
  List,
  Radio,
  Result,
  Skeleton,
  Tag,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useNavigate, useParams } from "react-router";
import { ApiError } from "../../app/api";
import { useAuth } from "../../app/auth";
import { showError, showSuccess, showWarning } from "../../app/feedback";
import { TimeText, useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { ErrorState } from "../../ui/ListState";
import { VisitSurveyCard } from "../surveys/VisitSurveyCard";
import {
  isQueued,
  useVisit,
  useVisitChecklist,
  useVisitDelivery,
  useVisitPart,
  useVisitPhoto,
  useVisitRating,
  useVisitSignature,
  useVisitStep,
} from "./api";
import { ChecklistCard } from "./ChecklistCard";
import { DeliveryCard } from "./DeliveryCard";
import { useOfflineQueue } from "./offline-sender";
import { PhotosCard } from "./PhotosCard";
import { RatingCard } from "./RatingCard";
import { SignatureBox } from "./SignatureBox";
import { kindKey, mapLink, statusKey, windowText } from "./visit-format";
import { WaitingToSend } from "./WaitingToSend";

// The technician's job page on the phone: where, when, check in and out, parts, the signature.
export default function VisitJobPage() {
  const { t, i18n } = useTranslation();
  const { tz } = useFormat();
  const id = useParams().id ?? "";
  const navigate = useNavigate();
  const visit = useVisit(id);
  // The technician's own actions go through the offline queue (the desk works online).
  const me = useAuth().user;
  const queueAs = me?.role === "technician" ? me.id : undefined;
  const step = useVisitStep(id, queueAs);
  const part = useVisitPart(id, queueAs);
  const sign = useVisitSignature(id, queueAs);
  const tick = useVisitChecklist(id, queueAs);
  const rate = useVisitRating(id, queueAs);
  const deliver = useVisitDelivery(id, queueAs);
  const photo = useVisitPhoto(id, queueAs);
  const waiting = useOfflineQueue(queueAs, id);
  const saved = (r: unknown) =>
    isQueued(r) ? showWarning(t("field.offline.queued")) : showSuccess(t("field.saved"));
  const [partNo, setPartNo] = useState("");
  const [qty, setQty] = useState<number | null>(1);
  const [notes, setNotes] = useState("");
  const [followUp, setFollowUp] = useState(false);
  const [outcome, setOutcome] = useState<"solved_remotely" | "needs_onsite">();
  const [onsiteAddress, setOnsiteAddress] = useState("");
  useTitle(visit.data ? `${t(kindKey(visit.data.kind))} ${visit.data.ticketNumber}` : t("field.today"));
  const back = (
    <Button
      type="text"
      style={{ alignSelf: "flex-start" }}
      icon={<ArrowLeftOutlined />}
      onClick={() => navigate("/console/my-work")}
    >
      {t("field.today")}
    </Button>
  );
  if (visit.isPending) return <Skeleton active paragraph={{ rows: 6 }} />;
  if (visit.isError)
    return (
      <>
        {back}
        {visit.error instanceof ApiError && visit.error.status === 404 ? (
          <Result status="404" />
        ) : (
          <ErrorState error={visit.error} onRetry={() => void visit.refetch()} />
        )}
      </>
    );
  const v = visit.data;
  // A remote diagnosis is a call: no address to drive to, no signature; its check-out says the outcome.
  const remote = v.kind === "remote";
  const queuedPhotos = waiting.filter((a) => a.path === "photos").map((a) => String(a.body.image));
  const checkOut = () =>
    act("check_out", {
      ...(notes.trim() ? { notes: notes.trim() } : {}),
      ...(remote
        ? { remoteOutcome: outcome, ...(onsiteAddress.trim() ? { onsiteAddress: onsiteAddress.trim() } : {}) }
        : { followUp }),
    });
  const act = (action: string, extra: Record<string, unknown> = {}) =>
    step.mutate({ action, ...extra }, { onSuccess: saved, onError: showError });
  const checkIn = () => {
    // Location is optional: a refusal or a slow fix still checks in, with the time only.
    if (!navigator.geolocation) return act("check_in");
    navigator.geolocation.getCurrentPosition(
      (p) => act("check_in", { lat: p.coords.latitude, lng: p.coords.longitude }),
      () => act("check_in"),
      { timeout: 5000 },
    );
  };
  return (
    <Flex vertical gap={12} style={{ maxWidth: 640 }}>
      {back}
      <WaitingToSend items={waiting} />
      <Card size="small">
        <Flex justify="space-between" gap={8} wrap>
          <Typography.Title level={5} style={{ margin: 0 }}>
            {t(kindKey(v.kind))} · {v.ticketNumber}
          </Typography.Title>
          <Tag color={v.status === "done" ? "green" : "blue"} data-testid="visit-status">
            {t(statusKey(v.status))}
          </Tag>
        </Flex>
        <Descriptions column={1} size="small" style={{ marginTop: 8 }}>
          <Descriptions.Item label={t("field.window")}>{windowText(v, i18n.language, tz)}</Descriptions.Item>
          {v.address ? (
            <Descriptions.Item label={t("field.address")}>
              <a href={mapLink(v.address)} target="_blank" rel="noreferrer">
                <EnvironmentOutlined /> {v.address}
              </a>
            </Descriptions.Item>
          ) : null}
          {v.remoteOutcome ? (
            <Descriptions.Item label={t("field.remote.outcome")}>
              <span data-testid="remote-outcome">{t(`field.remote.${v.remoteOutcome}`)}</span>
            </Descriptions.Item>
          ) : null}
          {v.checkedInAt ? (
            <Descriptions.Item label={t("field.checkedIn")}>
              <TimeText iso={v.checkedInAt} mode="absolute" />
            </Descriptions.Item>
          ) : null}
        </Descriptions>
        <Flex gap={8} wrap>
          {v.status === "scheduled" ? (
            <Button onClick={() => act("depart")} loading={step.isPending} data-testid="action-depart">
              {t("field.action.depart")}
            </Button>
          ) : null}
          {v.status === "scheduled" || v.status === "en_route" ? (
            <Button type="primary" onClick={checkIn} loading={step.isPending} data-testid="action-check_in">
              {t("field.action.check_in")}
            </Button>
          ) : null}
        </Flex>
      </Card>
      {v.status === "on_site" || v.status === "done" ? (
        <ChecklistCard
          visit={v}
          busy={tick.isPending}
          onTick={(stepId, done) =>
            tick.mutate({ stepId, done }, { onSuccess: (r) => isQueued(r) && saved(r), onError: showError })
          }
        />
      ) : null}
      {v.status === "on_site" || v.status === "done" ? (
        <Card size="small" title={t("field.parts")}>
          <List
            size="small"
            dataSource={v.parts}
            locale={{ emptyText: t("field.noParts") }}
            renderItem={(p) => (
              <List.Item data-testid="visit-part">
                {p.partNo} {p.name} × {p.qty}
              </List.Item>
            )}
          />
          {v.status === "on_site" ? (
            <Flex gap={8} style={{ marginTop: 8 }}>
              <Input
                data-testid="part-no"
                aria-label={t("field.partNo")}
                placeholder={t("field.partNo")}
                value={partNo}
                onChange={(e) => setPartNo(e.target.value.trim())}
              />
              <InputNumber aria-label={t("field.qty")} min={1} max={100} value={qty} onChange={setQty} />
              <Button
                data-testid="add-part"
                loading={part.isPending}
                disabled={!partNo || !qty}
                onClick={() =>
                  part.mutate(
                    { partNo, qty: qty ?? 1 },
                    {
                      onSuccess: (r) => {
                        setPartNo("");
                        if (isQueued(r)) saved(r);
                      },
                      onError: showError,
                    },
                  )
                }
              >
                {t("field.addPart")}
              </Button>
            </Flex>
          ) : null}
        </Card>
      ) : null}
      {v.status === "on_site" || v.status === "done" ? (
        <PhotosCard
          visit={v}
          queued={queuedPhotos}
          canAdd={v.status === "on_site"}
          busy={photo.isPending}
          onAdd={(image) => photo.mutate({ image }, { onSuccess: saved, onError: showError })}
        />
      ) : null}
      {v.kind === "delivery" && (v.status === "on_site" || v.delivery) ? (
        <DeliveryCard
          visit={v}
          busy={deliver.isPending}
          onSave={(d) => deliver.mutate(d, { onSuccess: saved, onError: showError })}
        />
      ) : null}
      {v.status === "on_site" && !remote ? (
        <Card size="small" title={t("field.signature")}>
          {v.signed ? (
            <Typography.Text type="success" data-testid="signed">
              {t("field.signed", { name: v.signedBy })}
            </Typography.Text>
          ) : (
            <SignatureBox
              busy={sign.isPending}
              onSave={(image, signedBy) =>
                sign.mutate(
                  { image, signedBy },
                  { onSuccess: (r) => isQueued(r) && saved(r), onError: showError },
                )
              }
            />
          )}
        </Card>
      ) : null}
      {v.signed && (v.status === "on_site" || v.status === "done" || v.rating !== null) ? (
        <RatingCard
          visit={v}
          busy={rate.isPending}
          onRate={(stars, comment) =>
            rate.mutate(
              { stars, ...(comment ? { comment } : {}) },
              { onSuccess: (r) => isQueued(r) && saved(r), onError: showError },
            )
          }
        />
      ) : null}
      {v.status === "done" ? <VisitSurveyCard ticketNumber={v.ticketNumber} /> : null}
      {v.status === "on_site" ? (
        <Card size="small" title={t("field.notes")}>
          <Input.TextArea
            data-testid="work-notes"
            aria-label={t("field.notes")}
            rows={3}
            maxLength={4000}
            value={notes}
            onChange={(e) => setNotes(e.target.value)}
          />
          {remote ? (
            <Flex vertical gap={8} style={{ marginTop: 8 }}>
              <Typography.Text strong>{t("field.remote.outcome")}</Typography.Text>
              <Radio.Group
                data-testid="remote-outcome-choice"
                value={outcome}
                onChange={(e) => setOutcome(e.target.value)}
                options={[
                  { value: "solved_remotely", label: t("field.remote.solved_remotely") },
                  { value: "needs_onsite", label: t("field.remote.needs_onsite") },
                ]}
              />
              {outcome === "needs_onsite" ? (
                <Input
                  data-testid="onsite-address"
                  aria-label={t("field.remote.onsiteAddress")}
                  placeholder={t("field.remote.onsiteAddress")}
                  maxLength={500}
                  value={onsiteAddress}
                  onChange={(e) => setOnsiteAddress(e.target.value)}
                />
              ) : null}
            </Flex>
          ) : (
            <>
              <Checkbox
                style={{ marginTop: 8, display: "flex" }}
                data-testid="follow-up"
                checked={followUp}
                onChange={(e) => setFollowUp(e.target.checked)}
              >
                {t("field.followUp")}
              </Checkbox>
              <Typography.Paragraph type="secondary" style={{ margin: "4px 0 0" }}>
                {t(followUp ? "field.followUpHint" : "field.resolveHint")}
              </Typography.Paragraph>
            </>
          )}
          <Button
            type="primary"
            style={{ marginTop: 8 }}
            data-testid="action-check_out"
            disabled={
              (remote ? !outcome : !v.signed) ||
              v.checklist.some((st) => st.required && !st.done) ||
              (v.kind === "delivery" && !v.delivery)
            }
            loading={step.isPending}
            onClick={checkOut}
          >
            {t("field.action.check_out")}
          </Button>
        </Card>
      ) : null}
    </Flex>
  );
}
