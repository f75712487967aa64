/**
 * Just enough of Jekyll's YAML reading for the conformance probes: floats written with a point
 * stay Floats, timestamps become RubyTime (keeping a written offset, else shown in `zone`), dates RubyDate.
 */
import yaml from 'js-yaml';
import { makeFloat } from '../../lib/values/float.js';
import { RubyDate, RubyTime } from '../../lib/values/time.js';
import { TimeZone } from '../../lib/time/zone.js';

const FLOAT = /^[-+]?(?:\d+\.\d*|\.\d+)(?:[eE][-+]?\d+)?$/;
const DATE = /^(\d{4})-(\d\d)-(\d\d)$/;
const TIMESTAMP = /^(\d{4})-(\d\d)-(\d\d)[ T](\d\d):(\d\d):(\d\d)(?:\s*([-+]\d\d):?(\d\d))?$/;

function schemaFor(zone: TimeZone) {
  const float = new yaml.Type('tag:yaml.org,2002:float', {
    kind: 'scalar',
    resolve: (data: string) => FLOAT.test(data),
    construct: (data: string) => makeFloat(Number(data)),
  });
  const timestamp = new yaml.Type('tag:yaml.org,2002:timestamp', {
    kind: 'scalar',
    resolve: (data: string) => DATE.test(data) || TIMESTAMP.test(data),
    construct: (data: string) => {
      const d = DATE.exec(data);
      if (d) return new RubyDate(Number(d[1]), Number(d[2]), Number(d[3]));
      const [, y, mo, da, h, mi, s, oh, om] = TIMESTAMP.exec(data) as RegExpExecArray;
      const utc = Date.UTC(Number(y), Number(mo) - 1, Number(da), Number(h), Number(mi), Number(s));
      if (oh === undefined) return zone.timeAt(utc);
      const offset = Math.sign(Number(oh + '1')) * (Math.abs(Number(oh)) * 3600 + Number(om) * 60);
      return new RubyTime(utc - offset * 1000, offset, null);
    },
  });
  return yaml.DEFAULT_SCHEMA.extend({ implicit: [float, timestamp] });
}

export function splitFrontMatter(source: string, zone: TimeZone): { data: Record<string, unknown>; body: string } {
  const m = /^---\n([\s\S]*?)\n---\n?/.exec(source);
  if (!m) return { data: {}, body: source };
  const data = (yaml.load(m[1], { schema: schemaFor(zone) }) ?? {}) as Record<string, unknown>;
  return { data, body: source.slice(m[0].length) };
}

export function loadYaml(source: string, zone: TimeZone): unknown {
  return yaml.load(source, { schema: schemaFor(zone) });
}
