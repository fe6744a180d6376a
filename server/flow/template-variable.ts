/**
 * `{{name}}` in a flow message or a canned reply: letters, digits and
 * underscores, not starting with a digit, optionally after `customer.` (a
 * contact's attribute); spaces inside the braces allowed. A fallback for an
 * empty or unknown value may follow, as in Intercom:
 * `{{customer.name | fallback: "there"}}`, or shorter `{{customer.name | "there"}}`
 * (double quotes, on one line).
 * The name is group 1, the fallback group 2 (undefined without one). Global:
 * use it with `matchAll` or `replace`, which do not depend on its `lastIndex`.
 */
export const TEMPLATE_VARIABLE = /\{\{\s*((?:customer\.)?[a-zA-Z_][a-zA-Z0-9_]*)\s*(?:\|\s*(?:fallback\s*:\s*)?"([^"\n]*)"\s*)?\}\}/g;
