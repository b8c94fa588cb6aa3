"use client";

import { Search } from "lucide-react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { CityCombobox } from "./city-combobox";

/** The home page's "where?" box: goes to /workshops near the chosen town. */
export function HomeSearch() {
  const t = useTranslations("home");
  const router = useRouter();
  const [city, setCity] = useState("");
  const go = (name: string) => router.push(name.trim() ? `/workshops?city=${encodeURIComponent(name.trim())}` : "/workshops");
  return (
    <form
      role="search"
      className="grid gap-2 sm:flex sm:items-end"
      onSubmit={(e) => {
        e.preventDefault();
        go(city);
      }}
    >
      <div className="grid flex-1 gap-1.5">
        <Label htmlFor="home-city">{t("searchLabel")}</Label>
        <CityCombobox
          id="home-city"
          value={city}
          onValueChange={setCity}
          onCitySelect={(c) => go(c.name)}
          placeholder={t("searchPlaceholder")}
          className="h-11"
        />
      </div>
      <Button type="submit" size="lg" className="h-11">
        <Search aria-hidden className="size-4" /> {t("searchSubmit")}
      </Button>
    </form>
  );
}
