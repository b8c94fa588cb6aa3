"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { cn } from "@/lib/utils";
import { ProductImage } from "./product-image";

/** The product's photos: one large, thumbnails to switch when there are several; a placeholder when there are none. */
export function ProductGallery({ images, name }: { images: string[]; name: string }) {
  const t = useTranslations("parts.product");
  const [index, setIndex] = useState(0);
  const shown = images[Math.min(index, images.length - 1)] ?? null;
  return (
    <div className="grid content-start gap-3">
      <ProductImage
        src={shown}
        alt={name}
        // Without photos a smaller placeholder, so the name and price stay near the top on phones.
        className={cn("w-full rounded-xl border", shown ? "aspect-square" : "aspect-[2/1] md:aspect-[4/3]")}
      />
      {images.length > 1 && (
        <ul aria-label={t("gallery")} className="flex flex-wrap gap-2">
          {images.map((src, i) => (
            <li key={`${src}-${i}`}>
              <button
                type="button"
                aria-label={t("showImage", { index: i + 1 })}
                aria-current={i === index ? "true" : undefined}
                onClick={() => setIndex(i)}
                className={cn(
                  "block size-16 overflow-hidden rounded-lg border-2 outline-none focus-visible:ring-[3px] focus-visible:ring-ring/50",
                  i === index ? "border-primary" : "border-transparent hover:border-foreground/30",
                )}
              >
                <ProductImage src={src} alt="" className="size-full" />
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
