// What other features and app code may use of the accounts domain on the server.
export { setPreferredLocale, verifyCredentials, LOGIN_LIMIT_ACCOUNT, LOGIN_LIMIT_IP } from "./service";
export { accountsRouter } from "./router";
export { hashPassword } from "./passwords";
export { roleOfEmail } from "./queries";
