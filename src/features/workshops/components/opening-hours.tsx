import { useTranslations } from "next-intl";
import { formatMinutesOfDay } from "@/lib/format";
import { cn } from "@/lib/utils";

type Interval = { weekday: number; opensAt: number; closesAt: number };

/** The week's opening hours, Monday first, today highlighted (`today` = ISO weekday in the workshop's zone). */
export function OpeningHours({ hours, today }: { hours: Interval[]; today: number }) {
  const t = useTranslations("workshops");
  return (
    <table className="w-full text-sm">
      <caption className="sr-only">{t("page.hours")}</caption>
      <tbody>
        {[1, 2, 3, 4, 5, 6, 7].map((day) => {
          const intervals = hours.filter((h) => h.weekday === day);
          const isToday = day === today;
          return (
            <tr key={day} className={cn("border-b last:border-0", isToday && "font-semibold")} aria-current={isToday ? "date" : undefined}>
              <th scope="row" className="py-1.5 pe-4 text-start font-normal">
                {t(`weekdays.${day}`)}
                {isToday && <span className="ms-1 text-muted-foreground">({t("page.today")})</span>}
              </th>
              <td className="py-1.5 text-end tabular-nums">
                {intervals.length
                  ? intervals.map((i) => `${formatMinutesOfDay(i.opensAt)}–${formatMinutesOfDay(i.closesAt)}`).join(", ")
                  : t("page.closedDay")}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
