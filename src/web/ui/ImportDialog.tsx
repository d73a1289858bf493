import { UploadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Modal, Progress, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { ImportEntity, ImportResult, ImportRow } from "../../shared/api/imports";
import { ApiError, postFormLines } from "../app/api";
import { showError, showSuccess } from "../app/feedback";

const COLOURS = { create: "green", update: "blue", unchanged: "default", error: "red" } as const;
type Line = {
  progress?: { done: number; total: number };
  result?: ImportResult;
  error?: { code: string; message: string };
};

// Sends the file and follows the answer's progress lines to the result.
async function runImport(
  entity: ImportEntity,
  file: File,
  apply: boolean,
  onProgress: (p: { done: number; total: number }) => void,
): Promise<ImportResult> {
  const form = new FormData();
  form.set("file", file, file.name);
  let result: ImportResult | undefined;
  await postFormLines(`/${entity}/import?apply=${apply}`, form, (value) => {
    const line = value as Line;
    if (line.progress) onProgress(line.progress);
    if (line.result) result = line.result;
    if (line.error) throw new ApiError(500, line.error.code, line.error.message, []);
  });
  if (!result) throw new ApiError(0, "network", "");
  return result;
}

// One dialog for every import: choose a file → the dry run lists what each row would do and why a
// row is bad → apply writes the valid rows; a progress bar follows both runs on large files.
export function ImportDialog({ entity, invalidate }: { entity: ImportEntity; invalidate: string[] }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState<"checking" | "applying" | null>(null);
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const send = async (f: File, apply: boolean) => {
    setBusy(apply ? "applying" : "checking");
    setProgress(null);
    try {
      const r = await runImport(entity, f, apply, setProgress);
      setResult(r);
      if (apply) {
        showSuccess(t("imports.appliedDone"));
        for (const key of invalidate) void qc.invalidateQueries({ queryKey: [key] });
      }
    } catch (err) {
      showError(err);
    } finally {
      setBusy(null);
    }
  };
  const close = () => {
    setOpen(false);
    setResult(null);
    setFile(null);
    setProgress(null);
  };
  const rows = result?.rows ?? [];
  const count = (a: ImportRow["action"]) => rows.filter((r) => r.action === a).length;
  const valid = count("create") + count("update");
  const percent = progress && progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid={`${entity}-import`}>
        {t("imports.action")}
      </Button>
      <Modal
        open={open}
        width={760}
        title={t(`imports.titles.${entity}`)}
        onCancel={close}
        footer={
          result && !result.applied ? (
            <Button
              type="primary"
              disabled={valid === 0 || !file}
              loading={busy === "applying"}
              onClick={() => file && void send(file, true)}
              data-testid="import-apply"
            >
              {t("imports.apply", { count: valid })}
            </Button>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary">{t(`imports.intro.${entity}`)}</Typography.Paragraph>
        <Typography.Paragraph type="secondary">{t("imports.roundTrip")}</Typography.Paragraph>
        <Upload
          accept=".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            void send(f, false);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy === "checking"} data-testid="import-choose">
            {t("imports.choose")}
          </Button>
        </Upload>
        {progress ? (
          <div style={{ marginTop: 12 }} data-testid="import-progress">
            <Typography.Text type="secondary">
              {busy ? t(`imports.${busy}`) : null} {t("imports.progress", progress)}
            </Typography.Text>
            <Progress percent={percent} status={busy ? "active" : "success"} />
          </div>
        ) : null}
        {result?.applied ? (
          <Alert style={{ marginTop: 12 }} type="success" showIcon title={t("imports.appliedDone")} />
        ) : null}
        {result ? (
          <>
            <Typography.Paragraph style={{ marginTop: 12 }} data-testid="import-summary">
              {t("imports.summary", {
                create: count("create"),
                update: count("update"),
                unchanged: count("unchanged"),
                error: count("error"),
              })}
            </Typography.Paragraph>
            <Table<ImportRow>
              size="small"
              rowKey="row"
              pagination={{ pageSize: 50, hideOnSinglePage: true }}
              dataSource={rows}
              columns={[
                { key: "row", title: t("imports.row"), dataIndex: "row", width: 70 },
                {
                  key: "action",
                  title: t("imports.result"),
                  width: 110,
                  render: (_v, r) => <Tag color={COLOURS[r.action]}>{t(`imports.actions.${r.action}`)}</Tag>,
                },
                {
                  // The problem under the key, so a phone keeps one readable column, not two squeezed ones.
                  key: "key",
                  title: `${t(`imports.key.${entity}`)} · ${t("imports.errors")}`,
                  render: (_v, r) => (
                    <>
                      <div style={{ overflowWrap: "anywhere" }}>{r.key ?? "—"}</div>
                      {r.errors.length > 0 ? (
                        <Typography.Text type="danger">{r.errors.join(" ")}</Typography.Text>
                      ) : null}
                    </>
                  ),
                },
              ]}
            />
          </>
        ) : null}
      </Modal>
    </>
  );
}
