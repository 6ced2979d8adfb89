/**
 * Finds gazetteer names in free text: longest match of 1..N tokens starting at
 * a capitalised word, looked up in a hash of folded keys (with a prefix set to
 * stop early), then general context rules that keep people's names, outlets
 * and common words out. Linear in the text; pure.
 */
import { isCapitalised, isNameGap, memoWordKey, nameKey, type Token, tokenize } from './normalize.ts';
import type { Place, PlaceMatch } from './types.ts';

/** What the matcher needs from the gazetteer. */
export interface MatchContext {
  index: Map<string, Place[]>;
  /** Every token-wise prefix of an index key, to stop extending a match early. */
  prefixes: Set<string>;
  maxTokens: number;
  stop: Set<string>;
  before: Set<string>;
  after: Set<string>;
}

// Last words that make a phrase name a region ("Kherson region", "Ростовская область").
const REGION_WORDS = new Set(
  [
    'oblast',
    'region',
    'province',
    'krai',
    'kray',
    'territory',
    'okrug',
    'republic',
    'област',
    'кра',
    'республик',
  ].map(nameKey),
);
const PLURAL_REGION_WORDS = new Set(['regions', 'oblasts', 'provinces']);
const JOINERS = new Set(['and', 'и']);

/** Token-wise prefixes of all keys ("rostov on don" → "rostov", "rostov on"). */
export function keyPrefixes(index: Map<string, Place[]>): Set<string> {
  const out = new Set<string>();
  for (const key of index.keys()) {
    let at = key.indexOf(' ');
    while (at > 0) {
      out.add(key.slice(0, at));
      at = key.indexOf(' ', at + 1);
    }
  }
  return out;
}

// Word keys are pure and word forms recur from text to text: one bounded cache for all of them.
const sharedWordKey = memoWordKey(100_000);

/** All place mentions in `text`, left to right, not overlapping. */
export function findPlaces(text: string, ctx: MatchContext): PlaceMatch[] {
  const toks = tokenize(text, sharedWordKey);
  const out: PlaceMatch[] = [];
  let i = 0;
  while (i < toks.length) {
    const tok = toks[i] as Token;
    const hit = isCapitalised(tok.raw) ? longestMatch(text, toks, i, ctx) : null;
    if (!hit) {
      i++;
      continue;
    }
    const [j, places, key] = hit;
    if (accepted(text, toks, i, j, key, ctx, places)) {
      const start = tok.start;
      const end = (toks[j - 1] as Token).end;
      const mention = text.slice(start, end);
      const region = places[0]?.kind !== 'region' ? pluralRegion(toks, j, mention, ctx) : undefined;
      const place = region ?? (places[0] as Place);
      out.push({ start, end, mention, place, rule: ruleFor(place, key, region !== undefined) });
    }
    i = j;
  }
  return out;
}

/** The longest indexed name starting at token i: [end token index, places, key], or null. */
function longestMatch(
  text: string,
  toks: Token[],
  i: number,
  ctx: MatchContext,
): [number, Place[], string] | null {
  let key = '';
  let best: [number, Place[], string] | null = null;
  for (let j = i; j < toks.length && j - i < ctx.maxTokens; j++) {
    const t = toks[j] as Token;
    if (j > i) {
      const prev = toks[j - 1] as Token;
      if (!isNameGap(text.slice(prev.end, t.start))) break;
      key += ` ${t.key}`;
    } else key = t.key;
    const places = ctx.index.get(key);
    if (places) best = [j + 1, places, key];
    if (!ctx.prefixes.has(key)) break;
  }
  return best;
}

// Russian surname shapes; a village spelled like one needs a place cue before it.
const SURNAME_SHAPE =
  /(?:sk(?:y|iy|ii|i|aya)|ov|ova|ev|eva|in|ina|enko|chuk|ский|ская|ов|ова|ев|ева|ин|ина|енко|чук)$/u;
const LOCATIVE = new Set(
  [
    'in',
    'near',
    'at',
    'from',
    'outside',
    'village',
    'town',
    'settlement',
    'в',
    'во',
    'под',
    'из',
    'село',
    'селе',
    'поселок',
  ].map(nameKey),
);

/** Context rules: stoplist, and no capitalised neighbour that would make the name part of a longer one. */
function accepted(
  text: string,
  toks: Token[],
  i: number,
  j: number,
  key: string,
  ctx: MatchContext,
  places: Place[],
): boolean {
  if (j - i === 1 && ctx.stop.has(key)) return false;
  // "Kaminsky said": a surname-shaped name of a town or village is a person unless the text places it.
  const top = places[0] as Place;
  const small = top.kind === 'village' || top.kind === 'town';
  if (j - i === 1 && small && SURNAME_SHAPE.test(key) && !LOCATIVE.has(toks[i - 1]?.key ?? '')) {
    return false;
  }
  const next = toks[j];
  const last = toks[j - 1] as Token;
  // "Moscow Times", "Kyiv Independent": a place word inside a longer name.
  if (
    next &&
    isNameGap(text.slice(last.end, next.start)) &&
    isCapitalised(next.raw) &&
    !ctx.after.has(next.key)
  ) {
    return false;
  }
  const prev = toks[i - 1];
  const first = toks[i] as Token;
  // "Anna Kirov", "Alexander Pushkin": a surname or a second name, not a place;
  // sentence-initial function words ("In", "From") and possessives are fine.
  if (prev && isNameGap(text.slice(prev.end, first.start)) && isCapitalised(prev.raw)) {
    if (!ctx.before.has(prev.key) && !/['’]s$/.test(prev.raw)) return false;
  }
  return true;
}

/**
 * "the Kherson and Zaporizhzhia regions": a city name followed (after other
 * capitalised names joined by "and" or commas) by a plural region word names
 * the region called after the city.
 */
function pluralRegion(toks: Token[], j: number, mention: string, ctx: MatchContext): Place | undefined {
  for (let k = j; k < toks.length && k < j + 6; k++) {
    const t = toks[k] as Token;
    if (PLURAL_REGION_WORDS.has(t.key)) {
      return ctx.index.get(nameKey(`${mention} region`))?.find((p) => p.kind === 'region');
    }
    if (!JOINERS.has(t.key) && !isCapitalised(t.raw)) return undefined;
  }
  return undefined;
}

function ruleFor(place: Place, key: string, plural: boolean): string {
  if (plural) return 'gazetteer.region-plural';
  if (place.kind !== 'region') return `gazetteer.${place.kind}`;
  const last = key.slice(key.lastIndexOf(' ') + 1);
  return REGION_WORDS.has(last) ? 'gazetteer.region-suffix' : 'gazetteer.region';
}
