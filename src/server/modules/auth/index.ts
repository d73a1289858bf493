export { authModule } from "./auth.module.js";
export { findUser, findUserByEmail, setUserNodePath, type UserRow } from "./auth.repository.js";
export { users } from "./auth.tables.js";
export { customerAccounts, eraseCustomerAccounts } from "./auth-personal-data.js";
export { authenticate } from "./authenticate.js";
export { hashPassword } from "./passwords.js";
