export { ANALYTICS_EVENT_TYPES, type AnalyticsEventType } from "./constants";
