// What other features and pages may import from the accounts domain (client-safe).
export { SignInForm } from "./components/sign-in-form";
export { SignUpForm } from "./components/sign-up-form";
export { WorkshopSignUpForm } from "./components/workshop-sign-up-form";
export { safeReturnPath } from "./schemas";
