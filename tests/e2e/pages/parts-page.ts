import { expect, type Locator, type Page } from "@playwright/test";

/** The storefront's parts: the list (`/parts`) and a part's page (`/parts/[sku]`). */
export class PartsPage {
  constructor(private readonly page: Page) {}

  async search(query: string) {
    await this.page.goto(`/parts?${new URLSearchParams({ q: query })}`);
    await expect(this.page.getByRole("heading", { name: "Części zamienne", level: 1 })).toBeVisible();
  }

  /** A part's card in the list, by its SKU. */
  card(sku: string): Locator {
    return this.page.getByRole("listitem").filter({ hasText: sku });
  }

  async openPart(sku: string) {
    await this.page.goto(`/parts/${encodeURIComponent(sku)}`);
  }

  /** A fitment list of the part page: "Oryginał", "Zamiennik" or "Model". */
  fitmentList(name: "Oryginał" | "Zamiennik" | "Model"): Locator {
    return this.page.getByRole("list", { name, exact: true });
  }
}
