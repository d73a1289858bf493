export { loyaltyModule } from "./loyalty.module.js";
