export { trackEvent, type AnalyticsEvent, type AnalyticsMetadata } from "./track";
