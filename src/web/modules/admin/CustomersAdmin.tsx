import { Form, Input, Radio, Select, Table } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { showSuccess } from "../../app/feedback";
import { useFormat } from "../../app/format";
import { type Customer, TIERS, type Tier } from "../../app/types";
import { ListState, LoadMore } from "../../ui/ListState";
import { TierBadge } from "../../ui/TierBadge";
import { type CustomerInput, useCustomerList, useSaveCustomer } from "../customers/api";
import { useOutlets } from "../users/api";
import { editColumn } from "./editColumn";
import { FormModal } from "./FormModal";
import { Toolbar } from "./Toolbar";

type Editing = { mode: "create" } | { mode: "edit"; customer: Customer };

// Empty optional fields are left out on create and cleared (null) on update, never sent as "".
const clean = (v: CustomerInput, update: boolean): CustomerInput => {
  const none = update ? null : undefined;
  return {
    name: v.name,
    kind: v.kind,
    tier: v.tier,
    email: v.email?.trim() || none,
    phone: v.phone?.trim() || none,
    outletId: v.outletId || none,
  };
};

function CustomerModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveCustomer();
  const outlets = useOutlets();
  const isEdit = editing.mode === "edit";
  const c = isEdit ? editing.customer : null;
  const init: Partial<CustomerInput> = c
    ? {
        name: c.name,
        kind: c.kind,
        email: c.email ?? "",
        phone: c.phone ?? "",
        tier: c.tier,
        outletId: c.outletId ?? undefined,
      }
    : { kind: "person", tier: "standard" };
  return (
    <FormModal<CustomerInput>
      title={isEdit ? t("admin.editCustomer") : t("admin.newCustomer")}
      initialValues={init}
      onClose={onClose}
      onSubmit={async (v) => {
        await save.mutateAsync({ id: c?.id, input: clean(v, isEdit) });
        showSuccess(t("common.saved"));
      }}
    >
      {() => (
        <>
          <Form.Item
            name="name"
            label={t("admin.name")}
            rules={[{ required: true, whitespace: true, message: t("validation.required") }]}
          >
            <Input />
          </Form.Item>
          <Form.Item name="kind" label={t("admin.kind")}>
            <Radio.Group
              optionType="button"
              options={[
                { value: "person", label: t("kind.person") },
                { value: "company", label: t("kind.company") },
              ]}
            />
          </Form.Item>
          <Form.Item
            name="email"
            label={t("admin.email")}
            rules={[{ type: "email", message: t("validation.email") }]}
          >
            <Input inputMode="email" />
          </Form.Item>
          <Form.Item name="phone" label={t("admin.phone")}>
            <Input inputMode="tel" />
          </Form.Item>
          <Form.Item name="tier" label={t("admin.tier")}>
            <Select<Tier> options={TIERS.map((x) => ({ value: x, label: <TierBadge tier={x} /> }))} />
          </Form.Item>
          {(outlets.data?.items ?? []).length > 0 ? (
            <Form.Item name="outletId" label={t("admin.outlet")}>
              <Select<string>
                allowClear
                options={(outlets.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
              />
            </Form.Item>
          ) : null}
        </>
      )}
    </FormModal>
  );
}

export function CustomersAdmin() {
  const { t } = useTranslation();
  const fmt = useFormat();
  const [q, setQ] = useState("");
  const [editing, setEditing] = useState<Editing | null>(null);
  const list = useCustomerList(q);
  return (
    <>
      <Toolbar
        placeholder={t("admin.searchCustomers")}
        onSearch={setQ}
        createLabel={t("admin.newCustomer")}
        onCreate={() => setEditing({ mode: "create" })}
      />
      <ListState query={list} empty={list.items.length === 0} emptyText={t("admin.emptyCustomers")}>
        <Table<Customer>
          size="small"
          rowKey="id"
          pagination={false}
          dataSource={list.items}
          scroll={{ x: 800 }}
          columns={[
            { key: "name", title: t("admin.name"), dataIndex: "name" },
            { key: "kind", title: t("admin.kind"), render: (_v, c) => t(`kind.${c.kind}`), width: 90 },
            {
              key: "tier",
              title: t("admin.tier"),
              render: (_v, c) => <TierBadge tier={c.tier} />,
              width: 110,
            },
            { key: "email", title: t("admin.email"), render: (_v, c) => c.email ?? t("common.dash") },
            { key: "phone", title: t("admin.phone"), render: (_v, c) => c.phone ?? t("common.dash") },
            {
              key: "created",
              title: t("admin.created"),
              render: (_v, c) => fmt.date(c.createdAt),
              width: 150,
            },
            editColumn(t, (c) => setEditing({ mode: "edit", customer: c })),
          ]}
        />
        <LoadMore
          hasMore={list.hasNextPage}
          loading={list.isFetchingNextPage}
          onMore={list.loadMore}
          count={list.items.length}
        />
      </ListState>
      {editing ? <CustomerModal editing={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
