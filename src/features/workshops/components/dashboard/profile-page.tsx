"use client";

import { Lock } from "lucide-react";
import { useTranslations } from "next-intl";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { ProfileDetails } from "./profile-details";
import { ProfileForm } from "./profile-form";
import { useManagedWorkshop } from "./use-managed-workshop";

/** Profile page: the editor for the owner, a read-only view with an explanation for mechanics. */
export function ProfilePage({ workshopId }: { workshopId: string }) {
  const t = useTranslations("dashboard.profile");
  const workshop = useManagedWorkshop(workshopId);
  return (
    <div className="flex flex-col gap-6">
      <p className="text-muted-foreground">{t("intro")}</p>
      {workshop.myRole === "owner" ? (
        <ProfileForm workshop={workshop} />
      ) : (
        <>
          <Alert role="note">
            <Lock aria-hidden />
            <AlertTitle>{t("readOnlyTitle")}</AlertTitle>
            <AlertDescription>{t("readOnlyBody")}</AlertDescription>
          </Alert>
          <ProfileDetails workshop={workshop} />
        </>
      )}
    </div>
  );
}
