// Who does what in the People area: staff learn and sit exams; admins and supervisors run
// programmes, banks, exams, contests and certifications; QA may also review answers and statistics.
export const STAFF = ["admin", "supervisor", "agent", "technician", "qa"] as const;
export const PEOPLE_MANAGERS = ["admin", "supervisor"] as const;
export const REVIEWERS = ["admin", "supervisor", "qa"] as const;
