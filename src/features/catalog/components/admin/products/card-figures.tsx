import { cn } from "@/lib/utils";
import { ActiveBadge } from "./product-type-badge";

/** One figure on a phone card: its label over its value. `muted`: greyed (a value a variant inherits). */
export type CardFigure = { label: string; value: React.ReactNode; strong?: boolean; muted?: boolean };

/** The foot of a product's or variant's phone card: its figures (price, stock…) side by side, and whether it is active. */
export function CardFigures({ figures, active }: { figures: CardFigure[]; active: boolean }) {
  return (
    <div className="flex items-end justify-between gap-3">
      <dl className="grid grid-flow-col gap-x-5 text-sm">
        {figures.map((figure) => [
          <dt key={`${figure.label}-label`} className="row-start-1 text-xs text-muted-foreground">
            {figure.label}
          </dt>,
          <dd
            key={`${figure.label}-value`}
            className={cn("row-start-2 tabular-nums", figure.strong && "font-medium", figure.muted && "text-muted-foreground")}
          >
            {figure.value}
          </dd>,
        ])}
      </dl>
      <ActiveBadge active={active} />
    </div>
  );
}
