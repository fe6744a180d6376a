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
    // Round 3. Urgency denied or only a question's label: "no rush, not urgent", "sin prisa", "ich habe dringend eine Frage", "pergunta urgente: tem em azul?".
    "not urgent|no rush|no hurry|sin prisa|no es urgente|pas presse|pas urgent|sem pressa|nao e urgente|kein stress|nicht eilig|nicht dringend",
    "urgent question|question urgente|pregunta urgente|pergunta urgente|dringend eine frage|dringende frage",
    // A deadline asked about, not pressing: "is there a deadline for returns?", "tem prazo pra devolução?", "was passiert wenn ich die Frist verpasse?".
    "(is there a|hay|tem|gibt es eine|il y a un) (deadline|plazo|prazo|frist|delai)|(miss|perder|pasa|rate|verpasse) (o |el |the |le |die )?(deadline|plazo|prazo|delai|frist)",
    // Asking whether something is immediate, at the end of the message: "le remboursement est immédiat ?", "is the refund immediate?", "ist die Erstattung sofort da?".
    "(est|ist|es|e|is|sera|will it be|does|do|will) (\\w+ ){0,3}(immediat|immediate|immediately|inmediato|inmediata|sofort|sofort da|imediato|imediata)(?= $)",
    // Another question, not the same complaint: "ich habe schon wieder eine Frage zur Rechnung", "tengo otra vez una duda".
    "(schon wieder|wieder|otra vez|encore|mais|another|de novo) (eine|una|une|uma|a)? ?(frage|duda|question|duvida|pergunta)",
    // Round 4. Nothing urgent, said outright: "nothing urgent", "rien d'urgent", "nada urgente", "nichts Dringendes", "hat keine Eile".
    "nothing urgent|rien d urgent|aucune urgence|nada urgente|nada de urgente|nichts dringendes|keine eile|hat keine eile|ninguna prisa|nenhuma pressa",
    // Round 4. How to file a complaint, a procedure asked about: "como abro uma reclamação pelo site", "comment déposer une réclamation", "wie reiche ich eine Beschwerde ein".
    "(como|comment|how do i|how to|wie) (\\w+ ){0,2}(reclamacao|reclamation|reclamacion|complaint|beschwerde)",
    // Round 4. A hypothetical, a plan's feature, a step finished: "what happens if the site is down during my order", "was passiert wenn …",
    // "does premium include priority support", "is the update urgent or can it wait", "what's the deadline for returns", "i'm done filling in the form".
    "(what happens|what if|was passiert|que pasa|que se passe t il|o que acontece) (if|wenn|si|se) (\\w+ ){0,6}",
    "(high )?priority support|urgent or (can it|not|can i)|(what s|what is|whats) the deadline|i m done (filling|uploading|typing|paying|signing|with the form)",
    // Round 5. An emergency-exit seat, a product's payroll module, how to block one's own card: "asiento en la fila de emergencia",
    // "assento na saída de emergência", "módulo de recursos humanos para nóminas", "¿cómo bloqueo temporalmente mi tarjeta?".
    "(fila|salida|saida|sortie|exit|row|assento|asiento|siege) (de |d )?(emergencia|emergency|secours)|emergency (exit|row)|notausgang",
    "(modulo|module|gestion|software|programa) (de )?(\\w+ ){0,3}(nominas|payroll|paie)",
    "(como|how do i|how can i|how to|comment|wie) (\\w+ ){0,2}(bloqueo|bloquear|block|bloquer|sperre|sperren)",
    // Round 5. How to report a stolen or lost card, a procedure asked about (it had rested on the learned head's veto):
    // "how do i report a stolen card", "¿cómo denuncio una tarjeta robada?", "comment déclarer une carte volée", "wie melde ich eine gestohlene Karte".
    "(how do i|how can i|how to|como|comment|wie) (\\w+ ){1,3}(stolen|lost|robad[ao]|perdid[ao]|volee?|perdue?|gestohlene?\\w*|verlorene?\\w*|roubad[ao]|extraviad[ao]) (card|phone|tarjeta|telefono|carte|telephone|karte|handy|cartao|celular)",
  ]
    .map((alternative) => `\\b(${alternative})\\b`)
    .join("|"),
  "g",
);
