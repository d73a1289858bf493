import { App, Button, Form, Input, InputNumber, Select, Switch } from "antd";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { showError, showSuccess } from "../../app/feedback";
import { ROLES, type Role, type User } from "../../app/types";
import { useDebounced } from "../../app/useDebounced";
import { actionsColumn, FormModal, PageHeader, ResourceTable } from "../../ui/patterns";
import { useCustomerSearch } from "../customers/api";
import { SkillSelect, SkillTags } from "../skills/SkillSelect";
import { type UserInput, useOutlets, useSaveUser } from "../users/api";

export type Editing = { mode: "create" } | { mode: "edit"; user: User };

function CustomerPicker(props: { value?: string; onChange?: (v: string) => void }) {
  const { t } = useTranslation();
  const [q, setQ] = useState("");
  const customers = useCustomerSearch(useDebounced(q));
  return (
    <Select<string>
      {...props}
      showSearch={{ filterOption: false, onSearch: setQ }}
      placeholder={t("newTicket.customerPlaceholder")}
      loading={customers.isFetching}
      options={(customers.data?.items ?? []).map((c) => ({ value: c.id, label: c.name }))}
    />
  );
}

export function UserModal({ editing, onClose }: { editing: Editing; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveUser();
  const outlets = useOutlets();
  const isEdit = editing.mode === "edit";
  const required = { required: true, message: t("validation.required") };
  const init: Partial<UserInput> = isEdit
    ? {
        ...editing.user,
        customerId: editing.user.customerId ?? undefined,
        outletId: editing.user.outletId ?? undefined,
        password: "",
      }
    : { role: "agent", skills: [], maxOpenTickets: 20, active: true };

  return (
    <FormModal<UserInput>
      title={isEdit ? t("admin.editUser") : t("admin.newUser")}
      initialValues={init}
      onClose={onClose}
      onSubmit={async (v) => {
        // The API rejects unknown fields, so each call gets exactly what it accepts.
        const common = {
          name: v.name,
          role: v.role,
          skills: v.skills ?? [],
          maxOpenTickets: v.maxOpenTickets,
        };
        const outletId = v.role === "dealer" ? v.outletId : undefined;
        const input: Partial<UserInput> = isEdit
          ? { ...common, active: v.active, password: v.password || undefined, outletId }
          : {
              ...common,
              email: v.email,
              password: v.password,
              outletId,
              customerId: v.role === "customer" ? v.customerId : undefined,
            };
        await save.mutateAsync({ id: isEdit ? editing.user.id : undefined, input });
        showSuccess(t("common.saved"));
      }}
    >
      {(form) => (
        <>
          <Form.Item
            name="email"
            label={t("admin.email")}
            rules={[{ ...required, type: "email", message: t("validation.email") }]}
          >
            <Input disabled={isEdit} autoComplete="off" />
          </Form.Item>
          <Form.Item name="name" label={t("admin.name")} rules={[{ ...required, whitespace: true }]}>
            <Input />
          </Form.Item>
          <Form.Item name="role" label={t("admin.role")} rules={[required]}>
            <Select<Role> options={ROLES.map((r) => ({ value: r, label: t(`role.${r}`) }))} />
          </Form.Item>
          <Form.Item
            name="password"
            label={isEdit ? t("admin.newPassword") : t("admin.password")}
            rules={[
              ...(isEdit ? [] : [required]),
              { min: 8, message: t("validation.minLength", { min: 8 }) },
            ]}
          >
            <Input.Password autoComplete="new-password" />
          </Form.Item>
          <Form.Item name="skills" label={t("admin.skills")}>
            <SkillSelect testId="user-skills" />
          </Form.Item>
          <Form.Item
            name="maxOpenTickets"
            label={t("admin.capacity")}
            rules={[{ type: "number", min: 0, message: t("validation.positive", { min: 0 }) }]}
          >
            <InputNumber min={0} max={1000} style={{ width: "100%" }} />
          </Form.Item>
          <Form.Item noStyle dependencies={["role"]}>
            {() =>
              form.getFieldValue("role") === "customer" ? (
                <Form.Item name="customerId" label={t("admin.linkedCustomer")} rules={[required]}>
                  <CustomerPicker />
                </Form.Item>
              ) : form.getFieldValue("role") === "dealer" ? (
                <Form.Item name="outletId" label={t("admin.outlet")} rules={[required]}>
                  <Select<string>
                    loading={outlets.isPending}
                    options={(outlets.data?.items ?? []).map((o) => ({ value: o.id, label: o.name }))}
                  />
                </Form.Item>
              ) : null
            }
          </Form.Item>
          {isEdit ? (
            <Form.Item name="active" label={t("admin.active")} valuePropName="checked">
              <Switch />
            </Form.Item>
          ) : null}
        </>
      )}
    </FormModal>
  );
}

export function UsersAdmin() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const [editing, setEditing] = useState<Editing | null>(null);
  const save = useSaveUser();

  const setActive = async (users: User[], active: boolean) => {
    for (const u of users) await save.mutateAsync({ id: u.id, input: { active } });
    showSuccess(users.length === 1 ? t("common.saved") : t("settings.bulk.done", { count: users.length }));
  };
  // Deactivating locks people out: ask first; activating needs no question.
  const changeActive = (users: User[], active: boolean, after?: () => void) => {
    const apply = () => setActive(users, active).then(after).catch(showError);
    if (active) return void apply();
    modal.confirm({
      title:
        users.length === 1
          ? t("admin.deactivateConfirm", { name: users[0]?.name ?? "" })
          : t("settings.bulk.deactivateConfirm", { count: users.length }),
      okButtonProps: { danger: true },
      okText: t("common.ok"),
      cancelText: t("common.cancel"),
      onOk: apply,
    });
  };

  return (
    <>
      <PageHeader title={t("admin.users")} description={t("settings.describe.users")} />
      <ResourceTable<User>
        id="users"
        resource="users"
        path="/users"
        rowKey={(u) => u.id}
        searchPlaceholder={t("admin.searchUsers")}
        filters={[
          {
            key: "role",
            label: t("admin.role"),
            options: ROLES.map((r) => ({ value: r, label: t(`role.${r}`) })),
          },
        ]}
        emptyText={t("admin.emptyUsers")}
        createLabel={t("admin.newUser")}
        onCreate={() => setEditing({ mode: "create" })}
        scrollX={900}
        bulkActions={(rows, clear) => (
          <>
            <Button size="small" onClick={() => changeActive(rows, true, clear)}>
              {t("settings.bulk.activate")}
            </Button>
            <Button size="small" danger onClick={() => changeActive(rows, false, clear)}>
              {t("settings.bulk.deactivate")}
            </Button>
          </>
        )}
        columns={[
          {
            key: "name",
            title: t("admin.name"),
            render: (_v, u) => <Link to={`/admin/users/${encodeURIComponent(u.id)}`}>{u.name}</Link>,
            fixedVisible: true,
            csv: (u) => u.name,
            localSort: (a, b) => a.name.localeCompare(b.name, "zh-CN"),
          },
          { key: "email", title: t("admin.email"), dataIndex: "email", csv: (u) => u.email },
          {
            key: "role",
            title: t("admin.role"),
            render: (_v, u) => t(`role.${u.role}`),
            csv: (u) => t(`role.${u.role}`),
            localSort: (a, b) => a.role.localeCompare(b.role),
          },
          {
            key: "skills",
            title: t("admin.skills"),
            render: (_v, u) => <SkillTags codes={u.skills ?? []} />,
            csv: (u) => (u.skills ?? []).join(" "),
            responsive: ["md"],
          },
          {
            key: "cap",
            title: t("admin.capacity"),
            dataIndex: "maxOpenTickets",
            width: 130,
            csv: (u) => u.maxOpenTickets,
            responsive: ["md"],
          },
          {
            key: "active",
            title: t("admin.active"),
            width: 90,
            csv: (u) => (u.active ? t("common.yes") : t("common.no")),
            render: (_v, u) => (
              <Switch
                size="small"
                checked={u.active}
                aria-label={`${t("admin.active")} ${u.name}`}
                onChange={(on) => changeActive([u], on)}
              />
            ),
          },
          actionsColumn<User>(t, (u) => setEditing({ mode: "edit", user: u })),
        ]}
      />
      {editing ? <UserModal editing={editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
}
