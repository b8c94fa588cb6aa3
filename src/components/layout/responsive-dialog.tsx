"use client";

import { useTranslations } from "next-intl";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Sheet, SheetContent, SheetDescription, SheetHeader, SheetTitle } from "@/components/ui/sheet";
import { useMediaQuery } from "@/hooks/use-media-query";
import { cn } from "@/lib/utils";

/**
 * A dialog on screens 768px and wider and a bottom sheet on phones, with a title and a
 * description (without one, the title doubles as a screen-reader-only description). `className`
 * goes on the dialog (a wider `sm:max-w-*`). For an add/edit form, give `children` a `key` so
 * each opening starts from the item's values.
 */
export function ResponsiveDialog({
  open,
  onOpenChange,
  title,
  description,
  className,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: string;
  description?: React.ReactNode;
  className?: string;
  children: React.ReactNode;
}) {
  const tc = useTranslations("common");
  const wide = useMediaQuery("(min-width: 768px)");
  const Description = wide ? DialogDescription : SheetDescription;
  const describe = description ? <Description>{description}</Description> : <Description className="sr-only">{title}</Description>;
  if (wide) {
    return (
      <Dialog open={open} onOpenChange={onOpenChange}>
        <DialogContent closeLabel={tc("close")} className={cn("max-h-[90dvh] overflow-y-auto sm:max-w-xl", className)}>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            {describe}
          </DialogHeader>
          {children}
        </DialogContent>
      </Dialog>
    );
  }
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent side="bottom" closeLabel={tc("close")} className="max-h-[92dvh] gap-0 overflow-y-auto rounded-t-xl">
        <SheetHeader>
          <SheetTitle>{title}</SheetTitle>
          {describe}
        </SheetHeader>
        <div className="px-4 pb-6">{children}</div>
      </SheetContent>
    </Sheet>
  );
}
