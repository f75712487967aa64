/** How the tz database names zones without a letter abbreviation: `+03`, `-0330`, `+0545`. */
export function numericAbbreviation(offsetSeconds: number): string {
  const sign = offsetSeconds < 0 ? '-' : '+';
  const abs = Math.abs(offsetSeconds);
  const hours = String(Math.floor(abs / 3600)).padStart(2, '0');
  const minutes = Math.floor((abs % 3600) / 60);
  return minutes === 0 ? `${sign}${hours}` : `${sign}${hours}${String(minutes).padStart(2, '0')}`;
}
