import { EncodedSlottedHtml, type EncodedSlot } from './encoded-slotted-html.js';

/**
 * HTML written once with slots whose text depends on the page it is shown on: `fill(on)` joins the fixed
 * parts with each slot's `on` or `off` text, so per-page output costs one pass over the parts.
 */
export class SlottedHtml {
  private readonly parts: string[] = [''];
  private readonly slots: { item: number; on: string; off: string }[] = [];

  text(html: string): void {
    this.parts[this.parts.length - 1] += html;
  }

  /** A place whose text is `on` when `item` is active on the page, else `off`. */
  slot(item: number, on: string, off: string): void {
    this.slots.push({ item, on, off });
    this.parts.push('');
  }

  /** The same slots around fixed parts transformed by `transform` (e.g. compressed once for every page). */
  mapParts(transform: (part: string) => string): SlottedHtml {
    const copy = new SlottedHtml();
    copy.parts.splice(0, 1, ...this.parts.map(transform));
    copy.slots.push(...this.slots);
    return copy;
  }

  /** The HTML as bytes, every slot off, with where each slot is (see EncodedSlottedHtml). */
  encode(): EncodedSlottedHtml {
    const chunks: Buffer[] = [Buffer.from(this.parts[0]!)];
    const slots: EncodedSlot[] = [];
    let length = chunks[0]!.length;
    this.slots.forEach((slot, i) => {
      const off = Buffer.from(slot.off);
      slots.push({ item: slot.item, start: length, end: length + off.length, on: Buffer.from(slot.on) });
      const after = Buffer.from(this.parts[i + 1]!);
      chunks.push(off, after);
      length += off.length + after.length;
    });
    return new EncodedSlottedHtml(Buffer.concat(chunks, length), slots);
  }

  fill(isOn: (item: number) => boolean): string {
    let html = this.parts[0]!;
    for (let i = 0; i < this.slots.length; i++) {
      const slot = this.slots[i]!;
      html += (isOn(slot.item) ? slot.on : slot.off) + this.parts[i + 1]!;
    }
    return html;
  }
}
