/**
 * Words that look like cues but are not about the customer's mood, removed
 * from the folded text before the cues are tried.
 */
export const CALM_LOOK_ALIKES = new RegExp(
  [
    // Urgency as a shipping option, or as a question's tone: "urgent shipping options?", "envío urgente", "für dringende Bestellungen".
    "urgent (shipping|delivery|deliveries|orders?|shipment|courier)|for urgent|urgently (want|need) to know",
    "(envio|entrega|pedido)s? urgentes?|(livraison|envoi|commande)s? urgentes?|dringende (bestellung|lieferung|sendung)\\w*|fur dringende|(entrega|envio|pedido)s? urgentes?",
    // A feeling supposed, not felt: "what happens if I'm frustrated with a product".
    "(if|when) (i m|i am|im|i get|you re) (frustrated|unhappy|angry|not happy|disappointed)",
  ]
    .map((alternative) => `\\b(${alternative})\\b`)
    .join("|"),
  "g",
);
