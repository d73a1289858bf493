import type { Role } from "../../app/types";

export const isManager = (role: Role | undefined) => role === "admin" || role === "supervisor";
export const isReviewer = (role: Role | undefined) => isManager(role) || role === "qa";
