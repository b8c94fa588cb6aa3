/**
 * A random id the browser makes for something it sends (a message, a booking attempt), so the
 * server can tell a resend from a new request. A UUID where the platform has one.
 */
export function newClientId(): string {
  return typeof crypto !== "undefined" && "randomUUID" in crypto
    ? crypto.randomUUID()
    : `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 12)}`;
}
