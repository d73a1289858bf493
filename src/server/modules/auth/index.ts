export { registerAuthRoutes } from "./auth.routes.js";
export { authenticate } from "./authenticate.js";
export { findUser, listUsers, type UserRow } from "./auth.repository.js";
export { hashPassword } from "./passwords.js";
export { users } from "./auth.tables.js";
