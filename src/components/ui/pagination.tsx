import * as React from "react";
import { ChevronLeftIcon, ChevronRightIcon, MoreHorizontalIcon } from "lucide-react";

import { cn } from "@/lib/utils";
import { buttonVariants, type Button } from "@/components/ui/button";

/** Pass a translated `aria-label` (defaults to "pagination"). */
function Pagination({ className, ...props }: React.ComponentProps<"nav">) {
  return <nav aria-label="pagination" data-slot="pagination" className={cn("mx-auto flex w-full justify-center", className)} {...props} />;
}

function PaginationContent({ className, ...props }: React.ComponentProps<"ul">) {
  return <ul data-slot="pagination-content" className={cn("flex flex-row items-center gap-1", className)} {...props} />;
}

function PaginationItem({ ...props }: React.ComponentProps<"li">) {
  return <li data-slot="pagination-item" {...props} />;
}

type PaginationLinkProps = {
  isActive?: boolean;
} & Pick<React.ComponentProps<typeof Button>, "size"> &
  React.ComponentProps<"a">;

function PaginationLink({ className, isActive, size = "icon", ...props }: PaginationLinkProps) {
  return (
    <a
      aria-current={isActive ? "page" : undefined}
      data-slot="pagination-link"
      data-active={isActive}
      className={cn(
        buttonVariants({
          variant: isActive ? "outline" : "ghost",
          size,
        }),
        className,
      )}
      {...props}
    />
  );
}

type PaginationStepProps = Omit<React.ComponentProps<typeof PaginationLink>, "children"> & {
  /** Visible (and accessible) text; pass a translated string. */
  label?: string;
};

function PaginationPrevious({ className, label = "Previous", ...props }: PaginationStepProps) {
  return (
    <PaginationLink size="default" className={cn("gap-1 px-2.5 sm:ps-2.5", className)} {...props}>
      <ChevronLeftIcon className="rtl:rotate-180" />
      <span className="sr-only sm:not-sr-only">{label}</span>
    </PaginationLink>
  );
}

function PaginationNext({ className, label = "Next", ...props }: PaginationStepProps) {
  return (
    <PaginationLink size="default" className={cn("gap-1 px-2.5 sm:pe-2.5", className)} {...props}>
      <span className="sr-only sm:not-sr-only">{label}</span>
      <ChevronRightIcon className="rtl:rotate-180" />
    </PaginationLink>
  );
}

function PaginationEllipsis({
  className,
  label = "More pages",
  ...props
}: Omit<React.ComponentProps<"span">, "children"> & {
  /** Screen-reader text; pass a translated string. */
  label?: string;
}) {
  return (
    <span data-slot="pagination-ellipsis" className={cn("flex size-9 items-center justify-center", className)} {...props}>
      <MoreHorizontalIcon className="size-4" aria-hidden="true" />
      <span className="sr-only">{label}</span>
    </span>
  );
}

export { Pagination, PaginationContent, PaginationLink, PaginationItem, PaginationPrevious, PaginationNext, PaginationEllipsis };
