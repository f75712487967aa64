import type { Document } from '../model/document.js';

/**
 * A page's final HTML made only when something reads it. A full build writes most pages from their template
 * and sidebar bytes (see NavSlots.fillBytes) and never reads the HTML with the sidebars filled in; making it
 * for every page cost more than writing it. Until read, `doc.output` is an accessor (the same pair for every
 * document); reading it fills the page once, assigning it (`null` once written) drops the pending fill.
 */
export function deferOutput(doc: Document, fill: () => string): void {
  doc.outputFill = fill;
  Object.defineProperty(doc, 'output', PENDING_OUTPUT);
}

/** Whether the document has output, without making a pending one. */
export function hasOutput(doc: Pick<Document, 'output' | 'outputFill'>): boolean {
  return doc.outputFill !== null || doc.output !== null;
}

function settle(doc: Document, output: string | null): void {
  doc.outputFill = null;
  Object.defineProperty(doc, 'output', { value: output, writable: true, enumerable: true, configurable: true });
}

const PENDING_OUTPUT: PropertyDescriptor = {
  get(this: Document): string | null {
    const output = this.outputFill ? this.outputFill() : null;
    settle(this, output);
    return output;
  },
  set(this: Document, output: string | null): void {
    settle(this, output);
  },
  enumerable: true,
  configurable: true,
};
