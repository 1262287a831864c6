/**
 * Display formatting through Intl, one formatter set per UI language: de-DE by default
 * (1.234.567,89 €, TT.MM.JJJJ), en-US for English. Values arrive as the model's Decimals or ISO
 * dates; this file only turns them into text and never computes with them.
 */
import type Decimal from "decimal.js";

export interface Formatter {
  locale: string;
  /** Euros to the cent: "1.234.567,89 €". */
  money: (value: Decimal | number) => string;
  /** Euros with sign, for differences: "+1.234,00 €" / "−1.234,00 €". */
  moneyDelta: (value: Decimal | number) => string;
  /** A plain number with up to two decimals (posts, counts). */
  number: (value: Decimal | number) => string;
  /** A count difference with sign: "+2", "-1". */
  numberDelta: (value: Decimal | number) => string;
  /** A percentage given in percent points (12.5 -> "12,50 %"), with sign. */
  percentDelta: (value: Decimal | number) => string;
  /** A share in percent points without sign (23.39 -> "23,39 %"). */
  percent: (value: Decimal | number) => string;
  /** "2016-06-28" -> "28.06.2016" / "06/28/2016". */
  date: (iso: string) => string;
}

function toNumber(value: Decimal | number): number {
  // Display only: Intl needs a JS number; amounts here are far below 2^53 cents.
  return typeof value === "number" ? value : value.toNumber();
}

export function makeFormatter(locale: string): Formatter {
  const money = new Intl.NumberFormat(locale, { style: "currency", currency: "EUR" });
  const moneyDelta = new Intl.NumberFormat(locale, {
    style: "currency",
    currency: "EUR",
    signDisplay: "exceptZero",
  });
  const plain = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const plainDelta = new Intl.NumberFormat(locale, { maximumFractionDigits: 2, signDisplay: "exceptZero" });
  const percent = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
    signDisplay: "exceptZero",
  });
  const share = new Intl.NumberFormat(locale, {
    style: "percent",
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  const date = new Intl.DateTimeFormat(locale, {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  });
  return {
    locale,
    money: (value) => money.format(toNumber(value)),
    moneyDelta: (value) => moneyDelta.format(toNumber(value)),
    number: (value) => plain.format(toNumber(value)),
    numberDelta: (value) => plainDelta.format(toNumber(value)),
    // Intl's percent style expects a fraction; the model gives percent points (12.5 = 12,5 %).
    percentDelta: (value) => percent.format(toNumber(value) / 100),
    percent: (value) => share.format(toNumber(value) / 100),
    date: (iso) => {
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
      if (!match) return iso;
      return date.format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
    },
  };
}
