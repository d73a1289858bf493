import { Select, Tag } from "antd";
import { useSkillName, useSkills } from "./api";

// Picks skills from the managed list (names in the reader's language); used by products, teams
// and users instead of free text.
export function SkillSelect(props: { value?: string[]; onChange?: (v: string[]) => void; testId?: string }) {
  const skills = useSkills();
  const name = useSkillName();
  return (
    <Select<string[]>
      mode="multiple"
      data-testid={props.testId}
      value={props.value}
      onChange={props.onChange}
      loading={skills.isPending}
      showSearch={{ optionFilterProp: "label" }}
      options={(skills.data?.items ?? []).map((s) => ({ value: s.code, label: name(s.code) }))}
    />
  );
}

export function SkillTags({ codes }: { codes: readonly string[] }) {
  const name = useSkillName();
  return (
    <>
      {codes.map((c) => (
        <Tag key={c}>{name(c)}</Tag>
      ))}
    </>
  );
}
