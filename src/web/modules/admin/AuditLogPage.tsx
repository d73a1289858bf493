import { DownloadOutlined, SafetyCertificateOutlined } from "@ant-design/icons";
import { Alert, Button, Card, Collapse, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { downloadFile } from "../../app/api";
import { showError, showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { useTitle } from "../../app/useTitle";
import { PageHeader, ResourceTable } from "../../ui/patterns";
import { type AuditEntry, useStaffDirectory, useVerifyAudit } from "./settings-api";
import { WitnessSettings } from "./WitnessSettings";

const dataText = (d: Record<string, unknown>) => {
  const s = JSON.stringify(d);
  return s === "{}" ? "" : s;
};

// Saves the signed checkpoints (with consistency proofs) as a file that verifies offline.
function CheckpointDownload() {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const day = new Date().toISOString().slice(0, 10);
      const blob = await downloadFile("/audit/checkpoints/bundle", `audit-checkpoints-${day}.json`);
      const count = (JSON.parse(await blob.text()) as { checkpoints: unknown[] }).checkpoints.length;
      showSuccess(t("security.checkpoints.downloaded", { count }));
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button icon={<DownloadOutlined />} loading={busy} onClick={download} data-testid="audit-download">
      {t("security.checkpoints.download")}
    </Button>
  );
}

function HowToVerify() {
  const { t } = useTranslation();
  return (
    <Collapse
      size="small"
      style={{ marginBottom: 12 }}
      data-testid="audit-how-to-verify"
      items={[
        {
          key: "how",
          label: t("security.checkpoints.howTitle"),
          children: (
            <ol style={{ margin: 0, paddingInlineStart: 20 }}>
              <li>{t("security.checkpoints.how1")}</li>
              <li>{t("security.checkpoints.how2")}</li>
              <li>{t("security.checkpoints.how3")}</li>
              <li>{t("security.checkpoints.how4")}</li>
            </ol>
          ),
        },
      ]}
    />
  );
}

async function saveProof(e: AuditEntry, done: (seq: number) => void) {
  try {
    await downloadFile(`/audit/entries/${encodeURIComponent(e.id)}/proof`, `audit-proof-${e.seq}.json`);
    done(e.seq ?? 0);
  } catch (err) {
    showError(err);
  }
}

// The tenant's append-only audit log, newest first: verify it, download its signed checkpoints
// and any entry's inclusion proof. Admins and auditors (read-only) see this page.
export default function AuditLogPage() {
  const { t } = useTranslation();
  const fmt = useFormat();
  useTitle(t("shell.nav.audit"));
  const verify = useVerifyAudit();
  const staff = useStaffDirectory();
  const actor = (id: string | null) =>
    id ? (staff.data?.items.find((u) => u.id === id)?.name ?? id) : t("settings.audit.system");
  const result = verify.data;
  return (
    <Card style={{ maxWidth: 1400 }} data-testid="admin-audit">
      <PageHeader title={t("shell.nav.audit")} description={t("settings.audit.description")} />
      {result ? (
        <Alert
          showIcon
          type={result.ok ? "success" : "error"}
          style={{ marginBottom: 12 }}
          data-testid="audit-result"
          title={
            result.ok
              ? t("settings.audit.ok", { entries: result.entries, pending: result.pending })
              : t("settings.audit.broken", { at: result.firstBrokenAt ?? "?", reason: result.reason ?? "" })
          }
        />
      ) : null}
      <HowToVerify />
      <WitnessSettings />
      <ResourceTable<AuditEntry>
        id="audit"
        resource="audit"
        path="/audit"
        rowKey={(e) => e.id}
        emptyText={t("settings.audit.empty")}
        toolbarExtra={
          <Space wrap>
            <Button
              icon={<SafetyCertificateOutlined />}
              loading={verify.isPending}
              onClick={() => verify.mutate(undefined, { onError: showError })}
              data-testid="audit-verify"
            >
              {t("settings.audit.verify")}
            </Button>
            <CheckpointDownload />
          </Space>
        }
        scrollX={1000}
        columns={[
          {
            key: "seq",
            title: t("settings.audit.seq"),
            width: 80,
            render: (_v, e) =>
              e.seq ?? <Typography.Text type="secondary">{t("settings.audit.unsealed")}</Typography.Text>,
            csv: (e) => e.seq,
          },
          {
            key: "at",
            title: t("settings.audit.at"),
            width: 170,
            render: (_v, e) => fmt.dateTime(e.at),
            csv: (e) => fmt.dateTime(e.at),
            localSort: (a, b) => a.at.localeCompare(b.at),
          },
          {
            key: "actor",
            title: t("settings.audit.actor"),
            width: 120,
            render: (_v, e) => actor(e.actorId),
            csv: (e) => actor(e.actorId),
          },
          {
            key: "action",
            title: t("settings.audit.action"),
            fixedVisible: true,
            render: (_v, e) => <Typography.Text code>{e.action}</Typography.Text>,
            csv: (e) => e.action,
            localSort: (a, b) => a.action.localeCompare(b.action),
          },
          {
            key: "entity",
            title: t("settings.audit.entity"),
            width: 240,
            ellipsis: true,
            render: (_v, e) => `${e.entityType} · ${e.entityId}`,
            csv: (e) => `${e.entityType} ${e.entityId}`,
            responsive: ["md"],
          },
          {
            key: "data",
            title: t("settings.audit.data"),
            ellipsis: true,
            render: (_v, e) => (
              <Typography.Text
                type="secondary"
                ellipsis={{ tooltip: dataText(e.data) }}
                style={{ maxWidth: 360 }}
              >
                {dataText(e.data)}
              </Typography.Text>
            ),
            csv: (e) => dataText(e.data),
            responsive: ["lg"],
          },
          {
            key: "proof",
            title: t("security.checkpoints.proof"),
            width: 90,
            render: (_v, e) =>
              e.seq === null ? null : (
                <Button
                  type="link"
                  size="small"
                  icon={<DownloadOutlined />}
                  aria-label={`${t("security.checkpoints.proof")} #${e.seq}`}
                  onClick={() =>
                    saveProof(e, (seq) => showSuccess(t("security.checkpoints.proofSaved", { seq })))
                  }
                />
              ),
          },
        ]}
      />
    </Card>
  );
}
