import { UploadOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Modal, Table, Tag, Typography, Upload } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api } from "../../app/api";
import { showError, showSuccess } from "../../app/feedback";

type Row = {
  row: number;
  action: "create" | "update" | "unchanged" | "error";
  key: string | null;
  errors: string[];
};
type Result = { applied: boolean; rows: Row[] };
const COLOURS = { create: "green", update: "blue", unchanged: "default", error: "red" } as const;

// Upload an .xlsx → the dry run shows what every row would do → apply writes the valid rows.
export function CustomerImport() {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [file, setFile] = useState<File | null>(null);
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);
  const send = async (f: File, apply: boolean) => {
    const form = new FormData();
    form.set("file", f, f.name);
    setBusy(true);
    try {
      const r = await api.postForm<Result>(`/customers/import?apply=${apply}`, form);
      setResult(r);
      if (apply) {
        showSuccess(t("imports.appliedDone"));
        void qc.invalidateQueries({ queryKey: ["customers"] });
      }
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };
  const valid = (result?.rows ?? []).filter((r) => r.action === "create" || r.action === "update").length;
  return (
    <>
      <Button icon={<UploadOutlined />} onClick={() => setOpen(true)} data-testid="customer-import">
        {t("imports.action")}
      </Button>
      <Modal
        open={open}
        width={760}
        title={t("imports.title")}
        onCancel={() => {
          setOpen(false);
          setResult(null);
          setFile(null);
        }}
        footer={
          result && !result.applied ? (
            <Button
              type="primary"
              disabled={valid === 0 || !file}
              loading={busy}
              onClick={() => file && void send(file, true)}
              data-testid="import-apply"
            >
              {t("imports.apply", { count: valid })}
            </Button>
          ) : null
        }
      >
        <Typography.Paragraph type="secondary">{t("imports.intro")}</Typography.Paragraph>
        <Upload
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          maxCount={1}
          showUploadList={false}
          beforeUpload={(f) => {
            setFile(f);
            setResult(null);
            void send(f, false);
            return false;
          }}
        >
          <Button icon={<UploadOutlined />} loading={busy}>
            {t("imports.choose")}
          </Button>
        </Upload>
        {result?.applied ? (
          <Alert style={{ marginTop: 12 }} type="success" showIcon title={t("imports.appliedDone")} />
        ) : null}
        {result ? (
          <Table<Row>
            style={{ marginTop: 12 }}
            size="small"
            rowKey="row"
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            dataSource={result.rows}
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
                title: `${t("imports.key")} · ${t("imports.errors")}`,
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
        ) : null}
      </Modal>
    </>
  );
}
