"use client";

import { Search, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

/**
 * A search box that reports what was typed after a pause (`delay` ms), or at once on Enter or
 * when cleared. `defaultValue` is the search in force when it mounts (e.g. from the URL).
 */
export function SearchField({
  defaultValue = "",
  onSearch,
  label,
  placeholder,
  delay = 300,
  className,
}: {
  defaultValue?: string;
  onSearch: (q: string) => void;
  label: string;
  placeholder?: string;
  delay?: number;
  className?: string;
}) {
  const t = useTranslations("common");
  const id = useId();
  const [text, setText] = useState(defaultValue);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string, wait: number) => {
    clearTimeout(timer.current);
    if (wait === 0) onSearch(value.trim());
    else timer.current = setTimeout(() => onSearch(value.trim()), wait);
  };

  return (
    <div className={cn("grid gap-1.5", className)}>
      <Label htmlFor={id} className="sr-only">
        {label}
      </Label>
      <div className="relative">
        <Search aria-hidden className="pointer-events-none absolute start-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input
          id={id}
          type="search"
          value={text}
          placeholder={placeholder ?? label}
          autoComplete="off"
          className="ps-9 pe-9 [&::-webkit-search-cancel-button]:hidden"
          onChange={(e) => {
            setText(e.target.value);
            commit(e.target.value, delay);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              commit(text, 0);
            }
          }}
        />
        {text ? (
          <Button
            type="button"
            variant="ghost"
            size="icon-sm"
            className="absolute end-1 top-1/2 -translate-y-1/2"
            aria-label={t("clear")}
            onClick={() => {
              setText("");
              commit("", 0);
            }}
          >
            <X aria-hidden />
          </Button>
        ) : null}
      </div>
    </div>
  );
}
