/** A Select's options for codes with their Chinese labels, in the codes' order. */
export function labelledOptions<C extends string>(codes: readonly C[], labels: Record<C, string>): Array<{ value: C; label: string }> {
  return codes.map((value) => ({ value, label: labels[value] }));
}

/** The same codes as a ProTable column's `valueEnum`, for its filter. */
export function labelledValueEnum<C extends string>(codes: readonly C[], labels: Record<C, string>): Record<string, { text: string }> {
  return Object.fromEntries(codes.map((code) => [code, { text: labels[code] }]));
}
