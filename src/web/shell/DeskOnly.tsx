import { Navigate, Outlet } from "react-router";
import { homeFor, useUser } from "../app/auth";

const DESK = ["agent", "supervisor", "admin"];

// The agent queue and ticket creation are desk work: technicians and QA are sent to their own homes.
export function DeskOnly() {
  const user = useUser();
  return DESK.includes(user.role) ? <Outlet /> : <Navigate to={homeFor(user.role)} replace />;
}
