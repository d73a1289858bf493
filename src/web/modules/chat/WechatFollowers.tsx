import { LinkOutlined } from "@ant-design/icons";
import {
  App,
  Button,
  Card,
  Grid,
  Modal,
  Popconfirm,
  Select,
  Space,
  Table,
  Tag,
  Tooltip,
  Typography,
} from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { showError } from "../../app/feedback";
import { TimeText } from "../../app/format";
import { useDebounced } from "../../app/useDebounced";
import { ErrorState } from "../../ui/ListState";
import { useCustomerSearch } from "../customers/api";
import { useLinkFollower, useWechatFollowers, type WechatFollower } from "./wechat-api";

// An OpenID identifies a person to the platform: shown shortened, enough to tell rows apart.
const maskOpenId = (id: string) =>
  id.length <= 10 ? `${id.slice(0, 3)}…` : `${id.slice(0, 6)}…${id.slice(-4)}`;

function LinkModal({ follower, onClose }: { follower: WechatFollower; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [q, setQ] = useState("");
  const [customerId, setCustomerId] = useState<string | undefined>(undefined);
  const customers = useCustomerSearch(useDebounced(q));
  const link = useLinkFollower();
  const submit = async () => {
    if (!customerId) return;
    try {
      await link.mutateAsync({ openId: follower.openId, customerId });
      void message.success(t("wechatAdmin.linked"));
      onClose();
    } catch (err) {
      showError(err);
    }
  };
  return (
    <Modal
      open
      title={`${t("wechatAdmin.bind")} · ${maskOpenId(follower.openId)}`}
      okText={t("wechatAdmin.bind")}
      cancelText={t("common.cancel")}
      okButtonProps={{ disabled: !customerId, loading: link.isPending }}
      onOk={() => void submit()}
      onCancel={onClose}
    >
      <Select<string>
        style={{ width: "100%" }}
        data-testid="wechat-customer-picker"
        showSearch={{ filterOption: false, onSearch: setQ }}
        placeholder={t("wechatAdmin.pickCustomer")}
        loading={customers.isFetching}
        value={customerId}
        onChange={setCustomerId}
        options={(customers.data?.items ?? []).map((c) => ({
          value: c.id,
          label: c.phone ? `${c.name} · ${c.phone}` : c.name,
        }))}
      />
    </Modal>
  );
}

// The WeChat users who wrote to the account: who each is (a customer or a visitor), when they last
// wrote, and staff's link or unlink to a customer.
export function WechatFollowers() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const followers = useWechatFollowers();
  const link = useLinkFollower();
  const [linking, setLinking] = useState<WechatFollower | null>(null);
  const unlink = async (f: WechatFollower) => {
    try {
      await link.mutateAsync({ openId: f.openId, customerId: null });
      void message.success(t("wechatAdmin.unlinked"));
    } catch (err) {
      showError(err);
    }
  };
  // On a phone the actions sit under the customer instead of in a column of their own.
  const narrow = !Grid.useBreakpoint().md;
  const actionsOf = (f: WechatFollower) => (
    <Space size={4} wrap>
      <Tooltip title={t("wechatAdmin.pickCustomer")}>
        <Button size="small" icon={<LinkOutlined />} onClick={() => setLinking(f)}>
          {f.customerId ? t("wechatAdmin.change") : t("wechatAdmin.bind")}
        </Button>
      </Tooltip>
      {f.customerId ? (
        <Popconfirm
          title={t("wechatAdmin.unbindConfirm", { name: f.customerName ?? f.customerId })}
          okText={t("wechatAdmin.unbind")}
          cancelText={t("common.cancel")}
          onConfirm={() => unlink(f)}
        >
          <Button size="small" type="text" danger>
            {t("wechatAdmin.unbind")}
          </Button>
        </Popconfirm>
      ) : null}
    </Space>
  );
  return (
    <Card title={t("wechatAdmin.followers")} data-testid="wechat-followers">
      <Typography.Paragraph type="secondary">{t("wechatAdmin.followersHelp")}</Typography.Paragraph>
      {followers.isError ? (
        <ErrorState error={followers.error} onRetry={() => void followers.refetch()} />
      ) : (
        <Table<WechatFollower>
          rowKey="openId"
          size="small"
          loading={followers.isLoading}
          dataSource={followers.data?.items ?? []}
          locale={{ emptyText: t("wechatAdmin.empty") }}
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          scroll={narrow ? undefined : { x: 560 }}
          columns={[
            {
              key: "openId",
              title: t("wechatAdmin.openId"),
              render: (_v, f) => (
                <Space size={4} wrap>
                  <Typography.Text code data-testid="wechat-openid" style={{ whiteSpace: "nowrap" }}>
                    {maskOpenId(f.openId)}
                  </Typography.Text>
                  {f.subscribed ? null : <Tag>{t("wechatAdmin.unsubscribed")}</Tag>}
                </Space>
              ),
            },
            {
              key: "customer",
              title: t("wechatAdmin.customer"),
              render: (_v, f) => (
                <Space size={4} wrap>
                  {f.customerId ? (
                    <>
                      <Link
                        to={`/console/customers/${encodeURIComponent(f.customerId)}`}
                        data-testid="wechat-customer"
                      >
                        {f.customerName ?? f.customerId}
                      </Link>
                      {f.boundBy ? <Tag>{t(`wechatAdmin.boundBy.${f.boundBy}`)}</Tag> : null}
                    </>
                  ) : (
                    <Tag data-testid="wechat-visitor">{t("wechatAdmin.visitor")}</Tag>
                  )}
                  {narrow ? actionsOf(f) : null}
                </Space>
              ),
            },
            {
              key: "last",
              title: t("wechatAdmin.lastMessage"),
              width: 150,
              responsive: ["md"],
              render: (_v, f) =>
                f.lastMessageAt ? <TimeText iso={f.lastMessageAt} /> : t("wechatAdmin.never"),
            },
            {
              key: "actions",
              title: "",
              width: 200,
              responsive: ["md"],
              render: (_v, f) => actionsOf(f),
            },
          ]}
        />
      )}
      {linking ? <LinkModal follower={linking} onClose={() => setLinking(null)} /> : null}
    </Card>
  );
}
