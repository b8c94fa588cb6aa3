import { expect, type Locator, type Page } from "@playwright/test";

/** The compatibility matrix (`/admin/compatibility`): parts × vehicles, edited by keyboard. */
export class MatrixPage {
  constructor(private readonly page: Page) {}

  /** Opens the matrix with filters in the address (`q`, `fitted`, `vq`, `vb`…) and waits for its first cell. */
  async open(filters: Record<string, string>) {
    await this.page.goto(`/admin/compatibility?${new URLSearchParams(filters)}`);
    await expect(this.grid()).toBeVisible();
    await expect(this.cells().first()).toBeVisible();
  }

  grid(): Locator {
    return this.page.getByRole("grid");
  }

  cells(): Locator {
    return this.grid().getByRole("gridcell");
  }

  /** A cell by its row and column position in the grid (0-based, as `data-pos="r:c"`). */
  cell(row: number, column: number): Locator {
    return this.grid().locator(`[role="gridcell"][data-pos="${row}:${column}"]`);
  }

  /** The part SKU a cell is about, from its accessible name "<SKU> × <vehicle>: <state>". */
  async skuOf(cell: Locator): Promise<string> {
    const label = (await cell.getAttribute("aria-label")) ?? "";
    return label.split(" × ")[0]!.trim();
  }

  pendingCount(): Locator {
    return this.page.getByTestId("pending-count");
  }

  async save() {
    await this.page.getByRole("button", { name: "Zapisz zmiany" }).click();
  }
}
