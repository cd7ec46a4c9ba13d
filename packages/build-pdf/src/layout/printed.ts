import type { Flow } from './flow.js';

/**
 * The text drawn for each citable thing (a block, a fact), page by page: how the page map finds the page on which a
 * term is actually printed rather than the page its block starts on.
 */
export class Printed {
  private readonly text = new Map<string, Map<number, string>>();
  private key: string | undefined;

  constructor(flow: Flow) {
    flow.onText = (page, line) => {
      if (this.key === undefined) return;
      const pages = this.text.get(this.key) ?? new Map<number, string>();
      pages.set(page, `${pages.get(page) ?? ''} ${line}`);
      this.text.set(this.key, pages);
    };
  }

  /** Lines drawn from now on belong to `key` (undefined: to nothing citable). */
  set(key: string | undefined): void {
    this.key = key;
  }

  during<T>(key: string, draw: () => T): T {
    const saved = this.key;
    this.key = key;
    try {
      return draw();
    } finally {
      this.key = saved;
    }
  }

  /** The pages, in order, on which the text drawn for `key` holds one of `forms` (lines are joined by a space). */
  pagesWith(key: string, forms: readonly string[]): number[] {
    const pages = [...(this.text.get(key) ?? [])];
    return pages.filter(([, text]) => forms.some((form) => text.includes(form))).map(([page]) => page);
  }
}
