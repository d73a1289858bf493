import { DeleteOutlined, SaveOutlined, TeamOutlined } from "@ant-design/icons";
import { Badge, Button, Checkbox, Divider, Flex, Form, Input, Menu, Popconfirm, Typography } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useUser } from "../../app/auth";
import { showError, showSuccess } from "../../app/feedback";
import { FormModal } from "../../ui/patterns/FormModal";
import type { TicketQuery } from "../tickets/api";
import { type SavedView, useDeleteView, useSaveView, useViewCounts, useViews, type ViewFilters } from "./api";

const CUSTOM_PREFIX = "cv:";
export const customKey = (v: SavedView) => `${CUSTOM_PREFIX}${v.id}`;

// A saved view's filters as a ticket list query, and the other way round.
export const viewQuery = (f: ViewFilters): TicketQuery => ({ ...f });
const viewFilters = (q: TicketQuery): ViewFilters => ({
  status: q.status?.length ? [...q.status] : undefined,
  priority: q.priority?.length ? [...q.priority] : undefined,
  type: q.type?.length ? [...q.type] : undefined,
  assigneeId: q.assigneeId || undefined,
  q: q.q || undefined,
  // Saved views know the list's plain orders; an SLA order stays with its built-in view.
  sort: q.sort === "sla_due" ? undefined : q.sort,
});

export function useCustomViews() {
  const views = useViews();
  const items = views.data?.items ?? [];
  return {
    query: views,
    items,
    keys: items.map(customKey),
    byKey: (k: string) => items.find((v) => customKey(v) === k),
  };
}

function SaveViewModal({ current, onClose }: { current: TicketQuery; onClose: () => void }) {
  const { t } = useTranslation();
  const user = useUser();
  const save = useSaveView();
  const lead = user.role === "supervisor" || user.role === "admin";
  return (
    <FormModal<{ name: string; shared: boolean }>
      title={t("routing.views.saveCurrent")}
      initialValues={{ shared: false }}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({
          name: v.name.trim(),
          shared: lead && v.shared,
          filters: viewFilters(current),
        });
        showSuccess(t("routing.views.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t("routing.views.name")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input maxLength={100} data-testid="view-save-name" autoFocus />
          </Form.Item>
          {lead ? (
            <Form.Item name="shared" valuePropName="checked">
              <Checkbox>{t("routing.views.shared")}</Checkbox>
            </Form.Item>
          ) : null}
        </>
      )}
    </FormModal>
  );
}

// The user's and shared views from the API, with live counts, under the built-in ones.
export function CustomViews({
  value,
  onChange,
  current,
}: {
  value: string;
  onChange: (key: string) => void;
  current: TicketQuery;
}) {
  const { t } = useTranslation();
  const user = useUser();
  const { query, items } = useCustomViews();
  const counts = useViewCounts();
  const del = useDeleteView();
  const [saving, setSaving] = useState(false);
  const lead = user.role === "supervisor" || user.role === "admin";
  const count = (id: string) => counts.data?.items.find((c) => c.viewId === id)?.count;

  return (
    <>
      <Divider style={{ margin: "8px 0" }} />
      <Typography.Text type="secondary" style={{ fontSize: 12, paddingInline: 8 }}>
        {t("routing.views.mine")}
      </Typography.Text>
      {query.isPending ? null : query.isError ? (
        <Typography.Text type="danger" style={{ display: "block", fontSize: 12, paddingInline: 8 }}>
          {t("routing.views.loadError")}{" "}
          <Button size="small" type="link" onClick={() => void query.refetch()}>
            {t("common.retry")}
          </Button>
        </Typography.Text>
      ) : items.length === 0 ? (
        <Typography.Text type="secondary" style={{ display: "block", fontSize: 12, paddingInline: 8 }}>
          {t("routing.views.none")}
        </Typography.Text>
      ) : (
        <Menu
          mode="inline"
          selectedKeys={[value]}
          onClick={({ key }) => onChange(key)}
          style={{ borderInlineEnd: "none", background: "transparent" }}
          items={items.map((v) => ({
            key: customKey(v),
            label: (
              <Flex
                data-testid="custom-view"
                data-name={v.name}
                justify="space-between"
                align="center"
                gap={4}
              >
                <span style={{ overflow: "hidden", textOverflow: "ellipsis" }}>
                  {v.shared ? <TeamOutlined style={{ marginRight: 4 }} /> : null}
                  {v.name}
                </span>
                <Flex align="center" gap={2}>
                  {count(v.id) !== undefined ? (
                    <Badge
                      count={count(v.id)}
                      showZero
                      overflowCount={100000}
                      color="#8c8c8c"
                      data-testid="custom-view-count"
                    />
                  ) : null}
                  {(v.shared ? lead : v.ownerId === user.id) ? (
                    <Popconfirm
                      title={t("routing.views.deleteConfirm")}
                      okText={t("common.ok")}
                      cancelText={t("common.cancel")}
                      onConfirm={() =>
                        del.mutateAsync(v.id).then(() => showSuccess(t("routing.views.deleted")), showError)
                      }
                    >
                      <Button
                        size="small"
                        type="text"
                        icon={<DeleteOutlined />}
                        aria-label={t("routing.macros.delete")}
                        onClick={(e) => e.stopPropagation()}
                      />
                    </Popconfirm>
                  ) : null}
                </Flex>
              </Flex>
            ),
          }))}
        />
      )}
      <Button
        block
        type="dashed"
        size="small"
        icon={<SaveOutlined />}
        onClick={() => setSaving(true)}
        data-testid="view-save"
        style={{ marginTop: 8 }}
      >
        {t("routing.views.saveCurrent")}
      </Button>
      {saving ? <SaveViewModal current={current} onClose={() => setSaving(false)} /> : null}
    </>
  );
}
