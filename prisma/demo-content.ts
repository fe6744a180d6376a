/** The demo workspace's words: articles agents and the bot can point to, and canned replies. */

export const demoArticles: { title: string; tags: string[]; body: string }[] = [
  {
    title: "How to reset your password",
    tags: ["account", "password", "login"],
    body: 'Open the sign-in page and choose "Forgot password". Enter the e-mail address of your account and we send a reset link that works for 30 minutes. If the e-mail does not arrive within 5 minutes, check your spam folder, then request a new link. For security, the old link stops working as soon as you ask for a new one.',
  },
  {
    title: "Refund policy",
    tags: ["billing", "refund", "money back"],
    body: "You can ask for a refund within 30 days of purchase. Unused items are refunded in full to the original payment method; opened items are refunded minus a 10% restocking fee. Refunds reach your bank 5–10 working days after we receive the return.",
  },
  {
    title: "How to request a refund",
    tags: ["billing", "refund", "return"],
    body: 'Go to Orders, pick the order and choose "Request a refund". Tell us the reason and whether you still have the item. We e-mail a prepaid return label within one working day. Keep the label\'s tracking number until the refund arrives.',
  },
  {
    title: "Delivery times",
    tags: ["shipping", "delivery", "order status"],
    body: "Standard delivery takes 3–5 working days in the UK and 5–10 working days to the EU. Express delivery arrives the next working day when you order before 2 pm UK time. Orders placed at weekends leave our warehouse on Monday.",
  },
  {
    title: "Track your order",
    tags: ["shipping", "order status", "tracking"],
    body: "Once your order ships we e-mail a tracking link. You can also open Orders in your account: every order shows its status (processing, shipped, out for delivery, delivered) and the carrier's tracking number.",
  },
  {
    title: "Download an invoice",
    tags: ["billing", "invoice", "receipt", "vat"],
    body: "Invoices are in Account → Billing → Invoices. Each one is a PDF with our VAT number. To add your company name or VAT number to future invoices, fill in Billing details before your next order; past invoices cannot be changed.",
  },
  {
    title: "Update your payment method",
    tags: ["billing", "card", "payment"],
    body: "Go to Account → Billing → Payment methods and add a new card, then make it the default. We never store your full card number. If a payment fails we retry twice over three days and e-mail you each time.",
  },
  {
    title: "Cancel or change an order",
    tags: ["order", "cancel", "change"],
    body: 'Orders can be changed or cancelled until they ship, usually within two hours of ordering. Open Orders, pick the order and choose "Change" or "Cancel". Once shipped, refuse the delivery or start a return instead.',
  },
  {
    title: "Two-factor authentication",
    tags: ["account", "security", "login", "2fa"],
    body: "Turn on two-factor authentication in Account → Security. Scan the QR code with an authenticator app and keep the ten backup codes somewhere safe. Lost your phone? Sign in with a backup code, then set up the new phone.",
  },
  {
    title: "The app will not load or keeps crashing",
    tags: ["technical", "bug", "app", "crash"],
    body: "First update the app to the latest version and restart your device. If it still crashes, clear the app's cache (Android) or reinstall it (iOS); your data is kept in your account. Still stuck? Tell us your device model and app version.",
  },
  {
    title: "Change your e-mail address",
    tags: ["account", "email", "profile"],
    body: "Go to Account → Profile and enter the new address. We send a confirmation link to it; the change takes effect when you click it. Until then, sign in with your old address.",
  },
  {
    title: "Damaged or missing items",
    tags: ["order", "damaged", "missing", "refund"],
    body: 'If something arrives damaged or missing, report it within 14 days from Orders → "Report a problem" with a photo of the parcel. We send a replacement or a full refund, whichever you prefer, without asking you to return the damaged item.',
  },
];

export const demoCannedReplies: { shortcut: string; title: string; text: string }[] = [
  { shortcut: "hello", title: "Greeting", text: "Hi, thanks for waiting — I've read your conversation with our assistant, so no need to repeat anything." },
  {
    shortcut: "refund",
    title: "Refund policy",
    text: "You can get a refund within 30 days of purchase; unused items are refunded in full to the original payment method.",
  },
  { shortcut: "reset", title: "Password reset", text: "I've just sent a password reset link to your account's e-mail; it works for 30 minutes." },
  { shortcut: "checking", title: "Checking", text: "Let me check that for you — it will take a minute or two." },
  { shortcut: "bye", title: "Closing", text: "Glad I could help! Is there anything else I can do for you today?" },
];
