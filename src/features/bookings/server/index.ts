// What other features and the app may use of the bookings domain on the server.
export { bookingsRouter } from "./router";
export { bookingChangedJob, bookingReminderJob, bookingChangedSteps, bookingReminderSteps } from "./jobs";
export { bookingCalendarFile } from "./ics";
export { bookingDetail } from "./queries";
export { calendarFileFor } from "./download";
