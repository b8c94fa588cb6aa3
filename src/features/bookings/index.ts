// What other features and pages may import from the bookings domain (client-safe).
// (Append new exports at the end: two people add to this file.)
export { BOOKING_STATUSES, type BookingStatus } from "./constants";
