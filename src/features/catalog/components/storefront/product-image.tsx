"use client";

import { Package } from "lucide-react";
import { useState } from "react";
import { cn } from "@/lib/utils";

/**
 * A product photo, or a neutral package icon when the product has none or its URL does not load
 * (catalogue images are links to shop servers that may be gone). `alt` is empty where the name is
 * written next to the image (cards), so screen readers do not hear it twice.
 */
export function ProductImage({ src, alt, className }: { src: string | null | undefined; alt: string; className?: string }) {
  const [failed, setFailed] = useState<string | null>(null);
  if (!src || failed === src) {
    return (
      <div
        className={cn("grid place-items-center bg-muted text-muted-foreground", className)}
        role={alt ? "img" : undefined}
        aria-label={alt || undefined}
      >
        <Package aria-hidden className="size-1/3 max-h-16 max-w-16 stroke-[1.25]" />
      </div>
    );
  }
  return (
    // eslint-disable-next-line @next/next/no-img-element -- catalogue images are URLs from any shop host; next/image would need each host allow-listed
    <img
      src={src}
      alt={alt}
      loading="lazy"
      decoding="async"
      onError={() => setFailed(src)}
      className={cn("bg-muted object-contain", className)}
    />
  );
}
