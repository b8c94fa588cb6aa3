"use client";

import { useQuery } from "@tanstack/react-query";
import { MapPin } from "lucide-react";
import { useId, useState } from "react";
import { Input } from "@/components/ui/input";
import { useDebouncedValue } from "@/hooks/use-debounced-value";
import { cn } from "@/lib/utils";
import { useTRPC } from "@/trpc/react";

export type CityOption = { id: number; name: string; lat: number; lng: number; population: number; district: boolean };

type Props = Omit<React.ComponentProps<typeof Input>, "value" | "onChange" | "onSelect"> & {
  value: string;
  onValueChange: (value: string) => void;
  /** A place picked from the suggestions (GeoNames, most populous first). */
  onCitySelect?: (city: CityOption) => void;
};

/** A text field that suggests Polish towns as you type (ARIA combobox with a listbox). */
export function CityCombobox({ value, onValueChange, onCitySelect, className, onKeyDown, onBlur, ...inputProps }: Props) {
  const trpc = useTRPC();
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const query = useDebouncedValue(value.trim(), 200);
  const { data: options = [] } = useQuery({
    ...trpc.workshops.cities.queryOptions({ q: query, limit: 8 }),
    enabled: open && query.length >= 2,
    placeholderData: (previous) => previous,
  });
  const visible = open && query.length >= 2 && options.length > 0;

  const choose = (city: CityOption) => {
    onValueChange(city.name);
    onCitySelect?.(city);
    setOpen(false);
    setActive(-1);
  };

  return (
    <div className="relative">
      <Input
        {...inputProps}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={visible}
        aria-controls={listId}
        aria-activedescendant={visible && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={value}
        className={className}
        onChange={(e) => {
          onValueChange(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onFocus={() => setOpen(true)}
        onBlur={(e) => {
          setTimeout(() => setOpen(false), 120);
          onBlur?.(e);
        }}
        onKeyDown={(e) => {
          if (visible && e.key === "ArrowDown") {
            e.preventDefault();
            setActive((i) => Math.min(options.length - 1, i + 1));
          } else if (visible && e.key === "ArrowUp") {
            e.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (visible && e.key === "Enter" && active >= 0 && options[active]) {
            e.preventDefault();
            choose(options[active]);
          } else if (e.key === "Escape") setOpen(false);
          onKeyDown?.(e);
        }}
      />
      <ul
        id={listId}
        role="listbox"
        hidden={!visible}
        className="absolute inset-x-0 top-full z-50 mt-1 max-h-72 overflow-auto rounded-md border bg-popover p-1 text-popover-foreground shadow-md"
      >
        {options.map((city, i) => (
          <li
            key={city.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            className={cn(
              "flex cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5 text-sm",
              i === active ? "bg-accent text-accent-foreground" : "hover:bg-accent",
            )}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => choose(city)}
          >
            <MapPin aria-hidden className="size-4 text-muted-foreground" />
            <span>{city.name}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
