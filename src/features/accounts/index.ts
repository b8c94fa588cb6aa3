// What other features and pages may import from the accounts domain (client-safe).
export { SignInForm } from "./components/sign-in-form";
export { SignUpForm } from "./components/sign-up-form";
export { WorkshopSignUpForm } from "./components/workshop-sign-up-form";
export { safeReturnPath } from "./schemas";
export { UsersAdmin } from "./components/admin/users-admin";
export { UserCounts } from "./components/admin/user-counts";
export { USER_ROLES, userListInput, userListSearch, userListStateFrom } from "./components/admin/admin-user-filters";
