"use client";

import { ThemeProvider } from "next-themes";
import { Toaster } from "@/components/ui/sonner";
import { TRPCReactProvider } from "@/trpc/react";

/** Client-side providers every page shares: theme (light/dark/system), tRPC + TanStack Query, toasts. */
export function Providers({ children }: { children: React.ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      <TRPCReactProvider>
        {children}
        <Toaster closeButton position="top-center" />
      </TRPCReactProvider>
    </ThemeProvider>
  );
}
