import { Card, Checkbox, Flex, Tag, Typography } from "antd";
import { useTranslation } from "react-i18next";
import { useFormat } from "../../app/format";
import { useTicketSops, useTickSop } from "./api";

// The SOPs that apply to the ticket as checklists: ticking records who and when (also in the
// ticket's history); a required SOP's control points must be ticked before the ticket resolves.
export function TicketSopChecklist({ ticketRef }: { ticketRef: string }) {
  const { t, i18n } = useTranslation();
  const fmt = useFormat();
  const sops = useTicketSops(ticketRef);
  const tick = useTickSop(ticketRef);
  const zh = i18n.language !== "en";
  const items = sops.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <>
      {items.map(({ sop, steps, complete }) => {
        const done = steps.filter((st) => st.doneAt).length;
        return (
          <Card
            key={sop.id}
            size="small"
            data-testid="sop-checklist"
            title={
              <Flex gap={6} wrap align="center">
                <span>{t("kbDesk.checklist.title")}</span>
                <Typography.Text type="secondary" ellipsis>
                  {zh ? sop.titleZh : sop.titleEn}
                </Typography.Text>
              </Flex>
            }
            extra={
              <Flex gap={4}>
                {sop.required ? <Tag color="red">{t("kbDesk.checklist.required")}</Tag> : null}
                <Tag color={complete ? "green" : "default"} data-testid="sop-progress">
                  {complete
                    ? t("kbDesk.checklist.complete")
                    : t("kbDesk.checklist.open", { done, total: steps.length })}
                </Tag>
              </Flex>
            }
          >
            <Flex vertical gap={8}>
              {steps.map((st) => (
                <div key={st.id}>
                  <Checkbox
                    checked={Boolean(st.doneAt)}
                    disabled={tick.isPending}
                    data-testid={`sop-step-${st.id}`}
                    onChange={(e) => tick.mutate({ sopId: sop.id, stepId: st.id, done: e.target.checked })}
                  >
                    {zh ? st.zh : st.en}
                  </Checkbox>
                  <Flex gap={4} wrap style={{ marginInlineStart: 24 }}>
                    {st.control ? <Tag color="orange">{t("kbDesk.checklist.control")}</Tag> : null}
                    {st.role ? <Tag>{st.role}</Tag> : null}
                    {st.minutes ? <Tag>{t("kbDesk.checklist.minutes", { count: st.minutes })}</Tag> : null}
                  </Flex>
                  {st.tools || st.exception || st.doneAt ? (
                    <Typography.Text
                      type="secondary"
                      style={{ display: "block", marginInlineStart: 24, fontSize: 12 }}
                    >
                      {[
                        st.tools ? t("kbDesk.checklist.tools", { tools: st.tools }) : "",
                        st.exception ? t("kbDesk.checklist.exception", { text: st.exception }) : "",
                        st.doneAt
                          ? t("kbDesk.checklist.doneBy", {
                              name: st.doneByName ?? "",
                              at: fmt.dateTime(st.doneAt),
                            })
                          : "",
                      ]
                        .filter(Boolean)
                        .join(" · ")}
                    </Typography.Text>
                  ) : null}
                </div>
              ))}
            </Flex>
          </Card>
        );
      })}
    </>
  );
}
