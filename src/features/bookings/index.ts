// What other features and pages may import from the bookings domain (client-safe).
// (Append new exports at the end: two people add to this file.)
export { BOOKING_STATUSES, type BookingStatus } from "./constants";
export { BookingFlow } from "./components/booking-flow";
export { CustomerBooking } from "./components/customer-booking";
export { MyBookings } from "./components/my-bookings";
export { BookButton } from "./components/book-button";
export { BookingStatusBadge } from "./components/booking-status-badge";
export { SlotPicker } from "./components/slot-picker";
export { CalendarPage } from "./components/staff/calendar-page";
export { BookingDetail } from "./components/staff/booking-detail";
export { BookingSettingsPage } from "./components/staff/booking-settings-page";
export { PendingBookingsBadge } from "./components/staff/pending-badge";
