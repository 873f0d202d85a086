const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

/**
 * YYYY-MM-DD of a publication timestamp: an ISO 8601 value keeps the publisher's own calendar
 * day ('2022-07-13T01:00:00+03:00' -> 2022-07-13); RFC 822 feed dates ('Wed, 13 Jul 2022
 * 06:15:00 GMT') are read as UTC. Anything else is left to the caller (undefined).
 */
export function publicationDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = ISO_DAY.exec(value.trim());
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : new Date(ms).toISOString().slice(0, 10);
}
