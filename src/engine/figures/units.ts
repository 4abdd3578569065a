// Currencies and units of measure that turn a bare number into money or a quantity, with their normal forms.

/** Currency signs and abbreviations written before the amount, longest first, and their ISO 4217 codes. */
export const CURRENCY_SIGNS: ReadonlyArray<[string, string]> = [
  ['US$', 'USD'], ['HK$', 'HKD'], ['NZ$', 'NZD'], ['NT$', 'TWD'], ['C$', 'CAD'], ['A$', 'AUD'], ['S$', 'SGD'], ['R$', 'BRL'],
  ['Rs.', 'INR'], ['Rs', 'INR'], ['Rp', 'IDR'], ['SFr.', 'CHF'], ['SFr', 'CHF'],
  ['$', 'USD'], ['€', 'EUR'], ['£', 'GBP'], ['¥', 'JPY'], ['₹', 'INR'], ['₽', 'RUB'], ['₩', 'KRW'], ['₺', 'TRY'],
];

/** ISO codes news copy writes next to amounts ("USD 40 million", "40 million euros" is handled by words). */
export const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'CNY', 'RMB', 'JPY', 'CHF', 'RUB', 'INR', 'HKD', 'CAD', 'AUD',
  'SGD', 'NZD', 'KRW', 'BRL', 'MXN', 'ZAR', 'SEK', 'NOK', 'DKK', 'TWD', 'IDR', 'PKR', 'AED', 'THB', 'MYR', 'PLN'];

/** Currency words after the amount and their codes; plural and singular forms. */
export const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP',
  yuan: 'CNY', renminbi: 'CNY', rouble: 'RUB', roubles: 'RUB', ruble: 'RUB', rubles: 'RUB', yen: 'JPY',
  rupee: 'INR', rupees: 'INR', franc: 'CHF', francs: 'CHF', won: 'KRW', peso: 'MXN', pesos: 'MXN',
  lira: 'TRY', reais: 'BRL', rand: 'ZAR', cent: 'USD', cents: 'USD',
  'swiss franc': 'CHF', 'swiss francs': 'CHF', 'u.s. dollar': 'USD', 'u.s. dollars': 'USD', 'us dollars': 'USD',
  'hong kong dollars': 'HKD', 'canadian dollars': 'CAD', 'australian dollars': 'AUD', 'new zealand dollars': 'NZD',
  'singapore dollars': 'SGD', 'taiwan dollars': 'TWD', 'chinese yuan': 'CNY', 'japanese yen': 'JPY',
  'indian rupees': 'INR', 'russian roubles': 'RUB', 'russian rubles': 'RUB', 'brazilian reais': 'BRL',
  'mexican pesos': 'MXN', 'south african rand': 'ZAR', 'turkish lira': 'TRY', 'british pounds': 'GBP',
};

/** A measurement unit: how it is written, its normal name, and a factor when the unit hides a scale ("bcm"). */
interface UnitForm {
  name: string;
  factor?: number;
}

/** Units of measure, matched longest first; a trailing "s" is optional in the pattern below. */
export const UNITS: Record<string, UnitForm> = {
  'cubic metre': { name: 'cubic metres' }, 'cubic meter': { name: 'cubic metres' }, 'cubic feet': { name: 'cubic feet' },
  'square kilometre': { name: 'square kilometres' }, 'square kilometer': { name: 'square kilometres' },
  'square metre': { name: 'square metres' }, 'square meter': { name: 'square metres' }, 'square mile': { name: 'square miles' },
  'square feet': { name: 'square feet' },
  'metric ton': { name: 'tonnes' }, 'metric tonne': { name: 'tonnes' }, 'kilowatt hour': { name: 'kilowatt hours' },
  'degrees celsius': { name: 'degrees Celsius' }, 'degrees fahrenheit': { name: 'degrees Fahrenheit' },
  'percentage point': { name: 'percentage points' }, 'basis point': { name: 'basis points' },
  bcm: { name: 'cubic metres', factor: 1e9 }, tcm: { name: 'cubic metres', factor: 1e12 }, bpd: { name: 'barrels per day' },
  metre: { name: 'metres' }, meter: { name: 'metres' }, kilometre: { name: 'kilometres' }, kilometer: { name: 'kilometres' },
  km: { name: 'kilometres' }, mile: { name: 'miles' }, foot: { name: 'feet' }, feet: { name: 'feet' }, inch: { name: 'inches' },
  tonne: { name: 'tonnes' }, ton: { name: 'tons' }, kilogram: { name: 'kilograms' }, kg: { name: 'kilograms' },
  gram: { name: 'grams' }, litre: { name: 'litres' }, liter: { name: 'litres' }, gallon: { name: 'gallons' },
  barrel: { name: 'barrels' }, hectare: { name: 'hectares' }, acre: { name: 'acres' }, megawatt: { name: 'megawatts' },
  gigawatt: { name: 'gigawatts' }, kilowatt: { name: 'kilowatts' }, mw: { name: 'megawatts' }, gw: { name: 'gigawatts' },
  kwh: { name: 'kilowatt hours' }, twh: { name: 'terawatt hours' }, gwh: { name: 'gigawatt hours' }, mph: { name: 'miles per hour' },
  degree: { name: 'degrees' }, knot: { name: 'knots' },
};

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
const byLength = (a: string, b: string): number => b.length - a.length;

/** Matches a unit right after a number: separated by a space or hyphen ("300-km"), optional plural "s"/"es". */
export const UNIT_AFTER_NUMBER = new RegExp(
  String.raw`^(?:\s+|-)(${Object.keys(UNITS).sort(byLength).map(escape).join('|')})(?:e?s)?\b`, 'i');

/** Matches a currency word right after a number ("5 million yuan", "40 euros"). */
export const CURRENCY_AFTER_NUMBER = new RegExp(
  String.raw`^(?:\s+|-)(${Object.keys(CURRENCY_WORDS).sort(byLength).map(escape).join('|')}|${CURRENCY_CODES.join('|')})\b`, 'i');

/** A currency sign as a pattern: one that starts with a letter ("US$", "Rs") must start a word, not end one ("Mrs"). */
const signPattern = (sign: string): string => (/^\p{L}/u.test(sign) ? String.raw`(?<!\p{L})` : '') + escape(sign);

/** Matches any currency sign or abbreviation, as written ("US$", "€", "Rs."). */
export const CURRENCY_SIGN = new RegExp(CURRENCY_SIGNS.map(([sign]) => signPattern(sign)).join('|'), 'u');

/** Matches a currency sign or code right before a number ("$", "US$", "€", "Rs ", "USD "). */
export const CURRENCY_BEFORE_NUMBER = new RegExp(
  String.raw`(${CURRENCY_SIGNS.map(([sign]) => signPattern(sign)).join('|')}|\b(?:${CURRENCY_CODES.join('|')})\s)\s?$`, 'u');

/** The ISO code for a currency sign, code or word. */
export function currencyCode(written: string): string {
  const trimmed = written.trim();
  const sign = CURRENCY_SIGNS.find(([candidate]) => candidate === trimmed);
  if (sign) return sign[1];
  const upper = trimmed.toUpperCase();
  if (CURRENCY_CODES.includes(upper)) return upper === 'RMB' ? 'CNY' : upper;
  return CURRENCY_WORDS[trimmed.toLowerCase().replace(/\s+/g, ' ')] ?? upper;
}

/** The normal form of a unit as written ("bcm" → cubic metres × 1e9). */
export function unitForm(written: string): UnitForm {
  const key = written.toLowerCase().replace(/\s+/g, ' ');
  return UNITS[key] ?? UNITS[key.replace(/s$/, '')] ?? UNITS[key.replace(/es$/, '')] ?? { name: key };
}
