/** Types of security-headers.mjs (plain JavaScript: next.config.mjs and serve.mjs load it without a compiler). */
export interface HeaderRule {
  key: string;
  value: string;
}
export const everywhere: HeaderRule[];
export const unlessEmbedded: HeaderRule[];
export function headersFor(pathname: string): HeaderRule[];
