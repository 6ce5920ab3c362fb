/** class-transformer `@Transform` of a comma-separated variable into a list (items trimmed, empty ones dropped). */
export const commaSeparated = ({ value }: { value: unknown }): unknown =>
  typeof value === 'string'
    ? value
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean)
    : value;
