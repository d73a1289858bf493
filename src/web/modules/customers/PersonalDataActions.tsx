import { DeleteOutlined, DownloadOutlined, DownOutlined, SafetyOutlined } from "@ant-design/icons";
import { useQueryClient } from "@tanstack/react-query";
import { Alert, Button, Dropdown, Input, Modal, Space, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { api, downloadFile } from "../../app/api";
import { useUser } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import type { Customer } from "../../app/types";

// Admins only: a customer's data export (PIPL access) and erasure (PIPL deletion), the latter
// behind a dialog that says what goes and what stays and asks for the name to be typed.
export function PersonalDataActions({ customer }: { customer: Customer }) {
  const { t } = useTranslation();
  const user = useUser();
  const [erasing, setErasing] = useState(false);
  if (user.role !== "admin" || customer.erasedAt) return null;

  const exportAll = async () => {
    try {
      const day = new Date().toISOString().slice(0, 10);
      await downloadFile(
        `/customers/${encodeURIComponent(customer.id)}/personal-data`,
        `personal-data-${customer.id}-${day}.json`,
      );
      showSuccess(t("security.privacy.exported"));
    } catch (err) {
      showError(err);
    }
  };

  return (
    <>
      <Dropdown
        trigger={["click"]}
        menu={{
          items: [
            { key: "export", icon: <DownloadOutlined />, label: t("security.privacy.export") },
            { key: "erase", icon: <DeleteOutlined />, danger: true, label: t("security.privacy.erase") },
          ],
          onClick: ({ key }) => (key === "export" ? void exportAll() : setErasing(true)),
        }}
      >
        <Button icon={<SafetyOutlined />} data-testid="customer-personal-data">
          <Space size={4}>
            {t("security.privacy.menu")}
            <DownOutlined />
          </Space>
        </Button>
      </Dropdown>
      {erasing ? <EraseDialog customer={customer} onClose={() => setErasing(false)} /> : null}
    </>
  );
}

function EraseDialog({ customer, onClose }: { customer: Customer; onClose: () => void }) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [typed, setTyped] = useState("");
  const [busy, setBusy] = useState(false);
  const matches = typed.trim() === customer.name.trim();

  const erase = async () => {
    setBusy(true);
    try {
      await api.post<Customer>(`/customers/${encodeURIComponent(customer.id)}/erase`, {
        confirm: typed,
      });
      await qc.invalidateQueries({ queryKey: ["customers"] });
      await qc.invalidateQueries({ queryKey: ["tickets"] });
      showSuccess(t("security.privacy.erased"));
      onClose();
    } catch (err) {
      showError(err);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      title={t("security.privacy.eraseTitle", { name: customer.name })}
      onCancel={onClose}
      onOk={() => void erase()}
      okText={t("security.privacy.confirm")}
      okButtonProps={
        { danger: true, disabled: !matches, loading: busy, "data-testid": "erase-confirm" } as never
      }
      cancelText={t("common.cancel")}
      data-testid="erase-dialog"
    >
      <Alert
        type="warning"
        showIcon
        title={t("security.privacy.eraseWarning")}
        style={{ marginBottom: 12 }}
      />
      <Typography.Paragraph>{t("security.privacy.eraseGoes")}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t("security.privacy.eraseKeeps")}</Typography.Paragraph>
      <label htmlFor="erase-name" style={{ display: "block", marginBottom: 4 }}>
        {t("security.privacy.typeName")}: <Typography.Text strong>{customer.name}</Typography.Text>
      </label>
      <Input
        id="erase-name"
        value={typed}
        autoComplete="off"
        onChange={(e) => setTyped(e.target.value)}
        onPressEnter={() => (matches ? void erase() : undefined)}
        data-testid="erase-name"
      />
    </Modal>
  );
}
