"use client";

import { useTranslations } from "next-intl";
import { CategoryWordsSection } from "./category-words-section";
import { FeatureSetsSection } from "./feature-sets-section";
import { FeaturesSection } from "./features-section";

/**
 * The catalogue's product features (PrestaShop `ps_feature`), the feature sets that group them per
 * product type, and the vehicle category words that fitment names leave out.
 */
export function FeaturesSettings() {
  const t = useTranslations("catalog.features");
  return (
    <div className="flex flex-col gap-6">
      <p className="max-w-prose text-muted-foreground">{t("pageIntro")}</p>
      <FeaturesSection />
      <FeatureSetsSection />
      <CategoryWordsSection />
    </div>
  );
}
