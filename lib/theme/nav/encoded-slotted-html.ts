import { createHash } from 'node:crypto';

/** One slot of encoded HTML: where its `off` text sits in the all-off bytes, and its `on` bytes. */
export interface EncodedSlot {
  readonly item: number;
  readonly start: number;
  readonly end: number;
  readonly on: Buffer;
}

/**
 * SlottedHtml as UTF-8 bytes, with every slot off: a page's copy is these bytes with the few slots its
 * active items turn on swapped in, as a list of views (nothing is copied). `fingerprint` names the
 * bytes and slots, so two copies are equal when their fingerprints and active items are.
 */
export class EncodedSlottedHtml {
  private readonly slotsOf = new Map<number, EncodedSlot[]>();
  readonly fingerprint: string;

  constructor(
    private readonly bytes: Buffer,
    slots: readonly EncodedSlot[],
  ) {
    const hash = createHash('sha1').update(bytes);
    for (const slot of slots) {
      const list = this.slotsOf.get(slot.item);
      if (list) list.push(slot);
      else this.slotsOf.set(slot.item, [slot]);
      hash.update(`\u0000${slot.item}:${slot.start}:${slot.end}:`).update(slot.on);
    }
    this.fingerprint = hash.digest('base64');
  }

  pieces(onItems: Iterable<number>): Buffer[] {
    const on: EncodedSlot[] = [];
    for (const item of onItems) on.push(...(this.slotsOf.get(item) ?? []));
    on.sort((a, b) => a.start - b.start);
    const pieces: Buffer[] = [];
    let at = 0;
    for (const slot of on) {
      pieces.push(this.bytes.subarray(at, slot.start), slot.on);
      at = slot.end;
    }
    pieces.push(this.bytes.subarray(at));
    return pieces;
  }
}
