"use client";

import { ImageOff, Plus, X } from "lucide-react";
import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { cn } from "@/lib/utils";

/**
 * Edits a list of short strings (image URLs, category slugs): an input with "Add" (or Enter) that
 * checks the entry with `itemSchema` first, and the entries as chips or image rows with a remove
 * button each. Id and aria attributes given by `FormControl` go to the input, so the field's
 * label names it. `itemErrors[i]` (i18n keys from the form) mark entries that fail on submit.
 */
export function StringListEditor({
  value,
  onChange,
  itemSchema,
  translate,
  display,
  placeholder,
  itemErrors,
  max,
  ...inputAria
}: {
  value: string[];
  onChange: (value: string[]) => void;
  itemSchema: z.ZodType<string>;
  translate: (message: string) => string;
  display: "chips" | "images";
  placeholder?: string;
  itemErrors?: (string | undefined)[];
  max: number;
  id?: string;
  "aria-describedby"?: string;
  "aria-invalid"?: boolean;
}) {
  const t = useTranslations("catalog.products.listEditor");
  const [draft, setDraft] = useState("");
  const [draftError, setDraftError] = useState<string | null>(null);

  const add = () => {
    const entry = draft.trim();
    if (!entry) return;
    const parsed = itemSchema.safeParse(entry);
    if (!parsed.success) return setDraftError(translate(parsed.error.issues[0]?.message ?? "validation.invalid"));
    if (value.includes(parsed.data)) return setDraftError(t("duplicate"));
    if (value.length >= max) return setDraftError(t("tooMany", { max }));
    onChange([...value, parsed.data]);
    setDraft("");
    setDraftError(null);
  };
  const remove = (index: number) => onChange(value.filter((_, i) => i !== index));

  return (
    <div className="grid gap-2">
      {value.length > 0 ? (
        display === "chips" ? (
          <ul className="flex flex-wrap gap-1.5">
            {value.map((item, i) => (
              <li
                key={item}
                className={cn(
                  "inline-flex items-center gap-1 rounded-full border bg-muted/50 py-0.5 ps-2.5 pe-0.5 text-sm",
                  itemErrors?.[i] && "border-destructive text-destructive",
                )}
              >
                <span className="break-all">{item}</span>
                <Button
                  type="button"
                  variant="ghost"
                  size="icon-sm"
                  className="size-6 rounded-full"
                  aria-label={t("remove", { item })}
                  onClick={() => remove(i)}
                >
                  <X aria-hidden className="size-3.5" />
                </Button>
              </li>
            ))}
          </ul>
        ) : (
          <ul className="grid gap-2">
            {value.map((item, i) => (
              <li key={item} className={cn("flex items-center gap-3 rounded-lg border p-2", itemErrors?.[i] && "border-destructive")}>
                <Thumbnail src={item} />
                <span className="min-w-0 flex-1 truncate text-sm" title={item}>
                  {item}
                </span>
                <Button type="button" variant="ghost" size="icon-sm" aria-label={t("remove", { item })} onClick={() => remove(i)}>
                  <X aria-hidden />
                </Button>
              </li>
            ))}
          </ul>
        )
      ) : null}
      {itemErrors?.some(Boolean) ? (
        <ul className="grid gap-0.5 text-sm text-destructive">
          {itemErrors.map((error, i) =>
            error && value[i] !== undefined ? (
              <li key={value[i]} className="break-all">
                {value[i]}: {translate(error)}
              </li>
            ) : null,
          )}
        </ul>
      ) : null}
      <div className="flex gap-2">
        <Input
          {...inputAria}
          value={draft}
          placeholder={placeholder}
          autoComplete="off"
          inputMode={display === "images" ? "url" : undefined}
          maxLength={2000}
          aria-invalid={inputAria["aria-invalid"] || Boolean(draftError)}
          onChange={(e) => {
            setDraft(e.target.value);
            setDraftError(null);
          }}
          onKeyDown={(e) => {
            if (e.key === "Enter") {
              e.preventDefault();
              add();
            }
          }}
        />
        <Button type="button" variant="outline" onClick={add} disabled={!draft.trim()}>
          <Plus aria-hidden />
          {t("add")}
        </Button>
      </div>
      {draftError ? (
        <p role="alert" className="text-sm text-destructive">
          {draftError}
        </p>
      ) : null}
    </div>
  );
}

/** A small preview of an image URL; a placeholder icon when it does not load. */
function Thumbnail({ src }: { src: string }) {
  const [failed, setFailed] = useState(false);
  const ref = useRef<HTMLImageElement>(null);
  // An image that failed before hydration fired its error event before React listened.
  useEffect(() => {
    const img = ref.current;
    if (img?.complete && img.naturalWidth === 0) setFailed(true);
  }, [src]);
  if (failed) {
    return (
      <span className="grid size-10 shrink-0 place-items-center rounded-md bg-muted text-muted-foreground">
        <ImageOff aria-hidden className="size-4" />
      </span>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- catalogue images are URLs from any shop host; next/image would need each host allow-listed
    <img
      ref={ref}
      src={src}
      alt=""
      loading="lazy"
      className="size-10 shrink-0 rounded-md bg-muted object-cover"
      onError={() => setFailed(true)}
    />
  );
}
