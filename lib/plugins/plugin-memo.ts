/**
 * What plugins keep between the builds of one serving session (one configuration, so one `url` and
 * `baseurl`): text made from a value, by kind and value. A full build starts with an empty one.
 */
export class PluginMemo {
  private readonly byString = new Map<string, string>();
  private readonly byObject = new Map<string, WeakMap<object, string>>();

  /** `make(value)`, made once per `kind` and string. */
  forString(kind: string, value: string, make: (value: string) => string): string {
    const key = `${kind}\u0000${value}`;
    let text = this.byString.get(key);
    if (text === undefined) this.byString.set(key, (text = make(value)));
    return text;
  }

  /** `make(value)`, made once per `kind` and object (by identity: the object must not change). */
  forObject<T extends object>(kind: string, value: T, make: (value: T) => string): string {
    let table = this.byObject.get(kind);
    if (!table) this.byObject.set(kind, (table = new WeakMap()));
    let text = table.get(value);
    if (text === undefined) table.set(value, (text = make(value)));
    return text;
  }
}
