"use client";

import { cn } from "@/lib/utils";
import type { CombinationPart } from "../../../types";

/** A colour sample next to a value's name; decorative, the name says the colour. */
export function ColorSwatch({ hex, className }: { hex: string; className?: string }) {
  return (
    <span
      aria-hidden
      className={cn("inline-block size-3 shrink-0 rounded-full border border-black/15 dark:border-white/25", className)}
      style={{ backgroundColor: hex }}
    />
  );
}

/** A variant's combination as chips ("Kolor: ● Czerwony", "Rozmiar: XL"). */
export function CombinationChips({ combination, className }: { combination: CombinationPart[]; className?: string }) {
  if (combination.length === 0) return null;
  return (
    <ul className={cn("flex flex-wrap gap-1.5", className)}>
      {combination.map((part) => (
        <li key={part.groupId} className="inline-flex items-center gap-1.5 rounded-full border bg-muted/50 px-2 py-0.5 text-xs">
          <span className="text-muted-foreground">{part.groupName}:</span>
          {part.colorHex ? <ColorSwatch hex={part.colorHex} /> : null}
          <span className="font-medium">{part.value}</span>
        </li>
      ))}
    </ul>
  );
}
