import { Button, Popconfirm, Space, Switch, Table, Tag, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { showError } from "../../app/feedback";
import { useTitle } from "../../app/useTitle";
import { type StaffCertification, useCertifications, useRevokeCertification } from "./api";
import { isManager } from "./roles";

// Who holds which certification, soonest expiry first; managers may revoke.
export default function CertificationsPage() {
  const { t } = useTranslation();
  useTitle(t("people.certs.title"));
  const user = useUser();
  const [expiring, setExpiring] = useState(false);
  const q = useCertifications(expiring);
  const revoke = useRevokeCertification();
  return (
    <Space direction="vertical" size="middle" style={{ width: "100%" }} data-testid="certifications-page">
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t("people.certs.title")}
        </Typography.Title>
        <Typography.Text type="secondary">{t("people.certs.intro")}</Typography.Text>
      </div>
      <Space>
        <Switch checked={expiring} onChange={setExpiring} />
        <span>{t("people.certs.expiringOnly")}</span>
      </Space>
      <Table<StaffCertification>
        rowKey="id"
        size="small"
        data-testid="certifications-table"
        loading={q.isPending}
        scroll={{ x: true }}
        dataSource={q.data ?? []}
        locale={{ emptyText: t("people.certs.none") }}
        pagination={{ pageSize: 50 }}
        columns={[
          { title: t("people.certs.person"), dataIndex: "userName" },
          {
            title: t("people.certs.skill"),
            dataIndex: "skill",
            render: (s: string) => <Tag color="geekblue">{s}</Tag>,
          },
          { title: t("people.certs.name"), dataIndex: "name" },
          { title: t("people.certs.issued"), dataIndex: "issuedOn" },
          { title: t("people.certs.validUntil"), dataIndex: "expiresOn" },
          {
            title: t("people.certs.status"),
            render: (_, c) =>
              c.expired ? (
                <Tag color="red">{t("people.certs.expired")}</Tag>
              ) : c.expiringSoon ? (
                <Tag color="orange">{t("people.certs.expiringSoon")}</Tag>
              ) : (
                <Tag color="green">{t("people.certs.valid")}</Tag>
              ),
          },
          ...(isManager(user.role)
            ? [
                {
                  title: "",
                  render: (_: unknown, c: StaffCertification) => (
                    <Popconfirm
                      title={t("people.certs.revokeConfirm")}
                      onConfirm={() => revoke.mutate(c.id, { onError: showError })}
                    >
                      <Button size="small" danger>
                        {t("people.certs.revoke")}
                      </Button>
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Space>
  );
}
