import { DatePicker, Flex, Input, Select } from "antd";
import type { Dayjs } from "dayjs";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { SURVEY_INVITE_CHANNELS } from "../../../shared/surveys";
import { useTeams } from "../sla/api";
import { useAgents } from "../users/api";
import type { SurveyResultsQuery } from "./api";

// The report's filters: period (invitations sent in it), channel, product category, team, agent.
export function SurveyResultsFilters({
  value,
  onChange,
}: {
  value: SurveyResultsQuery;
  onChange: (q: SurveyResultsQuery) => void;
}) {
  const { t } = useTranslation();
  const teams = useTeams();
  const agents = useAgents();
  const [period, setPeriod] = useState<[Dayjs | null, Dayjs | null] | null>(null);
  const set = (p: Partial<SurveyResultsQuery>) => onChange({ ...value, ...p });
  return (
    <Flex gap={8} wrap data-testid="survey-filters">
      <DatePicker.RangePicker
        value={period}
        allowEmpty={[true, true]}
        aria-label={t("surveys.filters.period")}
        onChange={(v) => {
          setPeriod(v);
          set({ from: v?.[0]?.format("YYYY-MM-DD"), to: v?.[1]?.format("YYYY-MM-DD") });
        }}
      />
      <Select
        allowClear
        style={{ minWidth: 140 }}
        placeholder={t("surveys.filters.channel")}
        aria-label={t("surveys.filters.channel")}
        value={value.channel}
        onChange={(channel) => set({ channel })}
        options={SURVEY_INVITE_CHANNELS.map((c) => ({ value: c, label: t(`surveys.channel.${c}`) }))}
      />
      <Input.Search
        allowClear
        style={{ width: 180 }}
        placeholder={t("surveys.filters.category")}
        aria-label={t("surveys.filters.category")}
        onSearch={(v) => set({ category: v.trim() || undefined })}
      />
      <Select
        allowClear
        style={{ minWidth: 140 }}
        placeholder={t("surveys.filters.team")}
        aria-label={t("surveys.filters.team")}
        value={value.teamId}
        onChange={(teamId) => set({ teamId })}
        options={(teams.data?.items ?? []).map((x) => ({ value: x.id, label: x.name }))}
      />
      <Select
        allowClear
        showSearch
        optionFilterProp="label"
        style={{ minWidth: 160 }}
        placeholder={t("surveys.filters.agent")}
        aria-label={t("surveys.filters.agent")}
        value={value.agentId}
        onChange={(agentId) => set({ agentId })}
        options={(agents.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
      />
    </Flex>
  );
}
