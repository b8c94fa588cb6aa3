import { describe, expect, it } from "vitest";
import { BOOKING_DEFAULTS } from "../../constants";
import { rulesFormDefaults, rulesFormSchema, rulesFromForm } from "./booking-settings-schema";

const messages = (input: unknown) => {
  const result = rulesFormSchema.safeParse(input);
  return result.success ? {} : Object.fromEntries(result.error.issues.map((i) => [i.path.join("."), i.message]));
};

describe("booking rules form", () => {
  it("shows the stored minutes as hours and reads them back unchanged", () => {
    const values = rulesFormDefaults({ ...BOOKING_DEFAULTS, minNoticeMinutes: 90 }, "pl");
    expect(values).toEqual({
      slotIntervalMinutes: "30",
      minNoticeHours: "1,5",
      horizonDays: "60",
      cancellationNoticeHours: "24",
      autoConfirm: false,
    });
    expect(rulesFromForm(rulesFormSchema.parse(values))).toEqual({ ...BOOKING_DEFAULTS, minNoticeMinutes: 90 });
    expect(rulesFormDefaults(BOOKING_DEFAULTS, "en").minNoticeHours).toBe("2");
  });

  it("reports each rule outside its limits with the server's key", () => {
    expect(
      messages({ slotIntervalMinutes: "7", minNoticeHours: "abc", horizonDays: "0", cancellationNoticeHours: "200", autoConfirm: true }),
    ).toEqual({
      slotIntervalMinutes: "validation.bookings.interval",
      minNoticeHours: "validation.bookings.notice",
      horizonDays: "validation.bookings.horizon",
      cancellationNoticeHours: "validation.bookings.cancellationNotice",
    });
    expect(
      messages({ slotIntervalMinutes: "15", minNoticeHours: "337", horizonDays: "366", cancellationNoticeHours: "0", autoConfirm: true }),
    ).toEqual({
      minNoticeHours: "validation.bookings.notice",
      horizonDays: "validation.bookings.horizon",
    });
  });
});
