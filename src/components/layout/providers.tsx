"use client";

import { ThemeProvider } from "next-themes";
import { Toaster } from "@/components/ui/sonner";
import { RealtimeProvider } from "@/components/realtime/realtime-provider";
import { TRPCReactProvider } from "@/trpc/react";
import type { PublicRealtimeConfig } from "@/server/realtime/config";

/**
 * Client-side providers every page shares: theme (light/dark/system), tRPC + TanStack Query, the
 * realtime connection (signed-in people only), toasts.
 */
export function Providers({
  children,
  realtime,
  signedIn,
}: {
  children: React.ReactNode;
  realtime: PublicRealtimeConfig;
  signedIn: boolean;
}) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      <TRPCReactProvider>
        <RealtimeProvider config={realtime} enabled={signedIn}>
          {children}
        </RealtimeProvider>
        <Toaster closeButton position="top-center" />
      </TRPCReactProvider>
    </ThemeProvider>
  );
}
