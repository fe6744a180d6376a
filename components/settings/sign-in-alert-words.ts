const plural = (count: number, one: string, many: string) => `${count.toLocaleString("en")} ${count === 1 ? one : many}`;

/** "14 failed sign-ins for sam@acme.test from 3 addresses". */
export function signInAlertWords(alert: { failures: number; addresses: number; email: string }): string {
  return `${plural(alert.failures, "failed sign-in", "failed sign-ins")} for ${alert.email} from ${plural(alert.addresses, "address", "addresses")}`;
}

/** From how many failures in 24 h a member is named in the panel above the table (fewer are typos). */
export const SIGN_IN_ALERT_AT = 5;
