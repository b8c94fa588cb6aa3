/**
 * Dialog content that is a centred dialog from the `sm` breakpoint up and a full-screen,
 * scrollable sheet on phones (390×844), so long forms never overflow the viewport.
 */
export const phoneSheetDialog =
  "max-h-[90dvh] overflow-y-auto content-start sm:max-w-xl max-sm:top-0 max-sm:left-0 max-sm:h-dvh max-sm:max-h-dvh max-sm:w-full max-sm:max-w-none max-sm:translate-x-0 max-sm:translate-y-0 max-sm:rounded-none max-sm:border-0 max-sm:p-4 max-sm:pt-6";
