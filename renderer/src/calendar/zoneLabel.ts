/**
 * How the calendar names a post's own time zone: the city of its IANA name, and a short form for
 * the narrow month and week chips (the full zone goes in their tooltip and accessible name).
 */

/** The city of an IANA zone, as people say it ("New York" for America/New_York). */
export function zoneCity(zone: string): string {
  return (zone.split('/').pop() ?? zone).replace(/_/g, ' ');
}

/**
 * A badge-sized name of a zone: a short city as it is ("Paris", "Tokyo", "UTC", "GMT+5"), the
 * initials of a city in several words ("NY", "LA", "HCM" for Ho Chi Minh), else its first three
 * letters in capitals, as airport codes often are ("SYD", "BER").
 */
export function zoneShort(zone: string): string {
  const city = zoneCity(zone);
  if (city.length <= 5) return city;
  const words = city.split(/[\s-]+/).filter(Boolean);
  if (words.length > 1) return words.map((word) => word[0]).join('').toUpperCase().slice(0, 3);
  return city.slice(0, 3).toUpperCase();
}
