"use client";

import { Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** `items` with `text` added: split on new lines and semicolons (pasted lists), trimmed, without case-insensitive repeats. */
export function addChips(items: string[], text: string, maxLength: number): string[] {
  const seen = new Set(items.map((i) => i.toLocaleLowerCase()));
  const out = [...items];
  for (const part of text.split(/[\n;]/)) {
    const item = part.trim().replace(/\s+/g, " ").slice(0, maxLength);
    if (item && !seen.has(item.toLocaleLowerCase())) {
      seen.add(item.toLocaleLowerCase());
      out.push(item);
    }
  }
  return out;
}

/**
 * A list of short texts edited as removable chips, with a field and an Add button (Enter adds too;
 * a pasted list of lines becomes several chips). Used for a feature's predefined values and the
 * vehicle category words.
 */
export function ChipsInput({
  value,
  onChange,
  label,
  description,
  placeholder,
  maxLength,
  maxItems,
  invalid,
  errorId,
  disabled,
}: {
  value: string[];
  onChange: (value: string[]) => void;
  label: string;
  description?: string;
  placeholder?: string;
  maxLength: number;
  maxItems: number;
  invalid?: boolean;
  /** Id of an error message about the list (linked to the field). */
  errorId?: string;
  disabled?: boolean;
}) {
  const t = useTranslations("catalog.section.chips");
  const id = useId();
  const [text, setText] = useState("");
  const full = value.length >= maxItems;
  const add = () => {
    if (!text.trim()) return;
    onChange(addChips(value, text, maxLength).slice(0, maxItems));
    setText("");
  };
  const describedBy = [description ? `${id}-hint` : null, errorId].filter(Boolean).join(" ") || undefined;

  return (
    <div className="grid gap-2">
      <Label htmlFor={`${id}-input`}>{label}</Label>
      {value.length ? (
        <ul className="flex flex-wrap gap-1.5" aria-label={t("listLabel", { label, count: value.length })}>
          {value.map((item) => (
            <li
              key={item}
              className="inline-flex max-w-full items-center gap-1 rounded-full border bg-secondary py-0.5 ps-3 pe-0.5 text-sm text-secondary-foreground"
            >
              <span className="truncate">{item}</span>
              <button
                type="button"
                disabled={disabled}
                onClick={() => onChange(value.filter((v) => v !== item))}
                className="grid size-7 shrink-0 place-items-center rounded-full text-muted-foreground outline-none hover:bg-background hover:text-foreground focus-visible:ring-[3px] focus-visible:ring-ring/50 disabled:opacity-50"
              >
                <X aria-hidden className="size-3.5" />
                <span className="sr-only">{t("remove", { item })}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="text-sm text-muted-foreground">{t("none")}</p>
      )}
      <div className="flex gap-2">
        <Input
          id={`${id}-input`}
          value={text}
          maxLength={maxLength * 20}
          placeholder={placeholder}
          disabled={disabled || full}
          aria-invalid={invalid ? true : undefined}
          aria-describedby={describedBy}
          autoComplete="off"
          className="min-w-0 flex-1"
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
          onPaste={(e) => {
            const pasted = e.clipboardData.getData("text");
            if (!pasted.includes("\n")) return;
            e.preventDefault();
            onChange(addChips(value, `${text}\n${pasted}`, maxLength).slice(0, maxItems));
            setText("");
          }}
        />
        <Button type="button" variant="outline" onClick={add} disabled={disabled || full || !text.trim()}>
          <Plus aria-hidden />
          {t("add")}
        </Button>
      </div>
      {description ? (
        <p id={`${id}-hint`} className="text-sm text-muted-foreground">
          {description}
        </p>
      ) : null}
      {full ? <p className="text-sm text-muted-foreground">{t("full", { max: maxItems })}</p> : null}
    </div>
  );
}
