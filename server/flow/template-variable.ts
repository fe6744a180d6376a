/**
 * `{{name}}` in a flow message or a canned reply: letters, digits and
 * underscores, not starting with a digit, optionally after `customer.` (a
 * contact's attribute); spaces inside the braces allowed.
 * The name is group 1. Global: use it with `matchAll` or `replace`, which
 * do not depend on its `lastIndex`.
 */
export const TEMPLATE_VARIABLE = /\{\{\s*((?:customer\.)?[a-zA-Z_][a-zA-Z0-9_]*)\s*\}\}/g;
