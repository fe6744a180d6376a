import { MEDIUM, STRONG, WEAK, type LanguageCues } from "./cue-rule";

const PEOPLE =
  "(humain|humains|personne|conseiller|conseillere|conseillers|conseille|agent|agents|operateur|operatrice|representant|employe|responsable|superviseur|quelqu un|quelqu une|qqn|qq1|prepose|preposee|manager|superieur|superieure|gestionnaire|collegue|collaborateur\\w*|service client|support|service \\w+)";

/** French, matched on folded text ("passez-moi" is " passez moi ", "quelqu'un" " quelqu un "). */
export const fr: LanguageCues = {
  frustration: [
    // Giving up: "laisse tomber, j'abandonne", "tant pis".
    { kind: "giving_up", weight: STRONG, pattern: /\b(j abandonne|laisse tomber|laissez tomber|tant pis|on oublie)\b/ },
    // Insults to the service: "vous êtes nul", "ça sert à rien", "service lamentable", "arnaque".
    {
      kind: "insult",
      weight: STRONG,
      pattern: /\b(inutile|sert a rien|servez a rien|le pire|lamentable|une blague|arnaque\w*|escroc\w*|voleurs|n importe quoi|relou|grave)\b/,
    },
    { kind: "insult", weight: MEDIUM, pattern: /\b(nul|nulle|nuls|horrible|minable|honteux)\b/ },
    // Negated help, nothing working: "vous ne m'aidez pas", "ça ne m'a pas aidé", "rien ne marche", "toujours pas".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b((ne )?m aide(z|s)? (pas|en rien)|m aides pas|m a pas aide|m a pas aidee|rien ne (marche|fonctionne|va)|ne (marche|fonctionne) toujours pas|toujours pas (regle|resolu|repare)|ca (ne )?marche (toujours )?pas)\b/,
    },
    // Repetition: "encore la même réponse", "je vous l'ai dit trois fois", "la quatrième fois".
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(la meme (mauvaise )?reponse|meme reponse|(dit|ecrit|demande|appele|explique|essaye|contacte)\w* .*\b(trois|quatre|cinq|plusieurs|\d+) fois|(troisieme|quatrieme|cinquieme) fois)\b/,
    },
    { kind: "repetition", weight: MEDIUM, pattern: /\b((encore|de nouveau) en panne|encore (casse|plante))\b/ },
    { kind: "repetition", weight: WEAK, pattern: /\b(encore|toujours|de nouveau)\b/ },
    // Time spent: "ça fait des heures que j'essaie", "j'ai tout essayé".
    { kind: "waiting", weight: STRONG, pattern: /\b(ca fait (des|\w+) (heures|jours|semaines)|depuis des (heures|jours|semaines)|tout essaye)\b/ },
    { kind: "waiting", weight: MEDIUM, pattern: /\b(\d+|deux|trois|quatre) (semaines|jours|mois) de retard\b/ },
    // Feelings: "c'est frustrant", "j'en ai marre", "ras le bol", "je suis furieux", "inadmissible".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(frustr\w*|j en ai marre|marre|ras le bol|j en peux plus|perte de temps|inacceptable|inadmissible|en colere|furieu(x|se)|enerve\w*|desespere\w*|je ne sais plus quoi faire|je sais plus quoi faire|deception|decu|decue)\b/,
    },
    // Profanity: "putain", "merde".
    { kind: "profanity", weight: STRONG, pattern: /\b(putain|merde|bordel|chiant\w*|fait chier)\b/ },
    // Ignored or misunderstood: "vous ne comprenez rien", "personne ne répond", "ce n'est pas ce que j'ai demandé".
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b(comprenez rien|comprends rien|ce n est pas ce que|c est pas ce que|vous m ecoutez|personne ne (repond|m aide|me repond|me dit)|tout le monde s en fiche)\b/,
    },
    // What it cost them: "en retard au travail à cause de vous", "j'ai raté mon train".
    { kind: "consequence", weight: STRONG, pattern: /\b(a cause de vous|en retard (au|a mon) travail|rate mon (train|vol|avion))\b/ },
    // Sarcasm: "génial, encore en panne", "merci pour rien".
    { kind: "sarcasm", weight: STRONG, pattern: /\b(merci pour rien|(genial|super|parfait|bravo) (encore|de nouveau))\b/ },
    // Leaving: "plus jamais je commande chez vous".
    { kind: "leaving", weight: STRONG, pattern: /\bplus jamais\b/ },
    // Disbelief: "c'est une blague ?", "vous vous moquez de moi".
    { kind: "anger", weight: STRONG, pattern: /\b(vous vous moquez|moquez de moi|c est une blague)\b/ },
    // Urgency: "c'est urgent", "au plus vite", "mon compte a été piraté", "le site est en panne".
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(urgent|urgente|urgence|au plus vite|des que possible|tout de suite|immediat\w*|critique|ne peut pas attendre|depechez|vite svp)\b/,
    },
    { kind: "urgency", weight: STRONG, pattern: /\b(besoin|il faut|faut que)\b.*\b(aujourd hui|ce soir|demain)\b/ },
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(bloque\w*|en panne|pirate|utilise ma carte|piratee|perd(ons)? des ventes|echeance|dans une heure|tout est bloque)\b/,
    },
    // Round 2 kinds: not listened to, at the end of one's tether, worse and worse, complaints, leaving, what it cost.
    {
      kind: "ignored",
      weight: STRONG,
      pattern: /\b(vous ne m ecoutez pas|tu ne m ecoutes pas|lisez mon message|personne ne (me )?(dit|repond)|vous ne repondez (pas|jamais)|parler a un mur)\b/,
    },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(j en peux plus|je n en peux plus|c est ridicule|c est une honte|(je )?perds patience|le comble|la goutte d eau|(tres|vraiment) (contrarie|contrariee|mecontent|mecontente)|pas du tout content|n importe quoi|lamentable|catastroph\w*|ca m enerve|ca me rend fou)\b/,
    },
    {
      kind: "negated_help",
      weight: STRONG,
      pattern: /\b(toujours (le meme|pareil|pas)|de pire en pire|plante (encore|tout le temps)|sers a rien|servez a rien)\b/,
    },
    { kind: "repetition", weight: STRONG, pattern: /\b(combien de fois|deja dit|meme lien|(trois|deux|quatre) semaines sans)\b/ },
    { kind: "leaving", weight: STRONG, pattern: /\b(concurrence|porter plainte|faire une reclamation|avis negatif|plus jamais)\b/ },
    { kind: "consequence", weight: STRONG, pattern: /\b(gache|a cause de (vous|ca|cela)|perdu (tout|toute) (mon|ma))\b/ },
    // Round 2, second batch: expliqué dix fois, la énième fois, on tourne en rond, patience, pas normal, scandaleux, mon argent.
    { kind: "repetition", weight: STRONG, pattern: /\b((explique|dit|repete|ecrit) (\w+ )?(dix|cent|mille|\d+) fois|enieme fois|tourne en rond)\b/ },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(on n avance pas|n avance pas|ma patience|pas normal|pas possible|scandal\w*|ecoeur\w*|les pires|pris mon argent|fichu|foutu|c est quoi ce)\b/,
    },
    // Round 3. About to cancel, done with you, a lawyer, bad reviews: "à deux doigts de résilier", "j'en ai fini avec vous", "je vais voir mon avocat".
    {
      kind: "leaving",
      weight: STRONG,
      pattern: /\b(a deux doigts de|sur le point de resilier|j en ai fini|fini avec vous|avocat|repression des fraudes|mauvais avis|derniere fois que je)\b/,
    },
    // The service judged: "vraiment pas professionnel", "bande d'incompétents", "ce bot est débile", "à quoi sert ce chat", "c'est honteux".
    {
      kind: "insult",
      weight: STRONG,
      pattern:
        /\b(pas professionnel|incompetent\w*|(bot|chat|robot|chatbot) (est )?(debile|nul|inutile|une catastrophe)|a quoi sert (ce|le) (chat|bot)|honteux|hallucinant|lamentable|se moque de moi|on se moque)\b/,
    },
    // Not understood: "le bot me comprend pas", "tu comprends pas ma question", "c'est pas ce que j'ai demandé", "lis ce que j'ai écrit".
    {
      kind: "ignored",
      weight: STRONG,
      pattern: /\b((me|ne) comprend(s)? pas|comprends pas|c est pas (ca|ce que)|lis ce que|un truc sense|renvoie d un service a l autre|on me balade)\b/,
    },
    // Negated help and nothing working, French style: "ça aide pas", "le guide aide pas du tout", "encore faux", "marche toujours pas".
    { kind: "negated_help", weight: STRONG, pattern: /\b(aide pas|aide en rien|n a rien donne|encore faux|toujours faux|inutilisable|marhce|ca plante)\b/ },
    // Time and patience: "pourquoi ça prend autant de temps", "j'attends depuis 45 minutes", "je vais péter un câble", "bon oublie", "j'ai pas le temps pour ça".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(prend autant de temps|j attends depuis|peter un cable|je suis a bout|bon oublie|pas le temps pour (ca|cela)|plus envie|me battre|putain|encore debite|debite deux fois|si complique)\b/,
    },
    // Urgency without the word: "ça presse", "il me le faut aujourd'hui", "mes données ont fuité", "le délai expire aujourd'hui", "avant vendredi".
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(ca presse|il me (le |la )?faut (aujourd hui|ce soir|demain)|donnees ont fuite|fuite de donnees|delai expire|(doit|doivent) arriver avant|c est pour demain|vite svp|on perd de l argent)\b/,
    },
    // Round 3, long messages. Sarcastic praise before a failure: "génial, encore un message d'erreur", "top, l'appli m'a encore déconnecté", "super".
    {
      kind: "sarcasm",
      weight: STRONG,
      pattern: /^ (genial|top|super|parfait|formidable|bravo|magnifique) (\w+ ){0,7}(encore|erreur|plante|deconnecte|vide)\b|\b(me connecter super|genial$)\b/,
    },
    // Broken promises, a different answer each time, tickets closed: "on m'a promis un rappel", "une réponse différente", "fermer mon ticket", "que des galères".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b(on m a promis|promis un|reponse differente|fermer mon (ticket|dossier)|que des galeres|le bazar)\b/,
    },
    // Blame and disgust: "vous avez perdu mon colis", "dégoûtant", "laissé tomber", "extrêmement mécontent", "beaucoup trop de temps", "hyper stressée".
    {
      kind: "anger",
      weight: STRONG,
      pattern: /\b(vous avez perdu|degoutant|laisse tomber|mecontent\w*|trop de temps|stresse\w*|n arrive pas a faire)\b/,
    },
    { kind: "anger", weight: MEDIUM, pattern: /\b(mon dieu|laissez moi|vous aviez dit|si difficile|comprends (vraiment )?pas (comment|pourquoi))\b/ },
    // Urgency in what happened: "débitée 6 fois", other customers' orders on view, medicine, payroll.
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(debite\w* \d+ fois|commandes d autres|donnees d autres|medicaments?|la paie)\b/,
    },
    // Round 3, chat speak: "4e fois", "vous aviez un seul boulot", "foutage de gueule", "je suis furax", "dans l'heure".
    { kind: "anger", weight: STRONG, pattern: /\b(\d+ ?e fois|un seul boulot|foutage de gueule|furax|pitoyable|j y crois pas)\b/ },
    { kind: "urgency", weight: STRONG, pattern: /\b(regle|resolu|fait) dans l heure\b/ },
    // Round 3, last batch: "je vous paie pour quoi", "rien n'a changé", "je regrette", "donné 3 fois", "lire mon message pour de vrai", "dans 20 minutes" (a time limit; needs company).
    {
      kind: "anger",
      weight: STRONG,
      pattern: /\b(vous paie pour quoi|rien n a change|je regrette|(donne|dit|envoye|ecrit|appele) \d+ fois|lire mon message|meme probleme)\b/,
    },
    { kind: "urgency", weight: MEDIUM, pattern: /\bdans \d+ (minutes|min)\b/ },
    // Round 4, formal and Québécois: "à côté de la plaque", "jpp", "il comprend rien", "ben voyons", "en beau maudit", "tabarnak", "quelle honte", "j'en ai assez",
    // "j'hallucine", "lettre morte", "je suis à bout".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(a cote de la plaque|jpp|comprend rien|ben voyons|maudit|tabarnak|tabarnac|calisse|criss|ostie|quelle honte|en ai assez|j hallucine|hallucine|lettre morte|suis a bout|tanne|ecoeure)\b/,
    },
    // Round 4. Urgency without the word: "la banque ferme à 17h", "mes billets n'apparaissent plus", a water leak, "en priorité", "il me faut … aujourd'hui".
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(ferme a \d+ ?h|billets? (\w+ ){0,2}(n apparaissent plus|n apparait plus|ont disparu|a disparu)|fuite d eau|inonde\w*|en priorite|il me (le |la |les )?faut (\w+ ){0,3}(aujourd hui|ce soir|demain))\b/,
    },
    // Round 4, last batch: a loop, worn out, how often: "tourne en boucle", "combien de fois je dois", "je suis lassé", "à cran", "désorganisé", "bras cassés".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b(en boucle|combien de fois (je dois|dois je|faut il)|suis lasse\w*|a cran|desorganise\w*|bras casses|plus la force)\b/,
    },
    // Round 5. The bot called stupid, being mocked, Québec swearing: "ce bot est con comme un balai", "il est vraiment con ce robot",
    // "vous vous foutez de moi", "câlisse, ça marche pas pantoute".
    {
      kind: "insult",
      weight: STRONG,
      pattern: /\b(con comme un balai|(ce|le|votre) (bot|robot) est (\w+ )?con|est (vraiment |trop |tellement )?con (ce|votre|le) (bot|robot))\b/,
    },
    { kind: "anger", weight: STRONG, pattern: /\b(vous vous foutez (de moi|de nous|du monde)|foutage de gueule|calisse|tabarnak|pantoute)\b/ },
  ],
  humanRequest: [
    // A verb of talking or transferring, then a person: "je veux parler à un humain", "passez-moi un conseiller", "mettez-moi en relation avec un agent".
    new RegExp(
      `\\b(parler|parle|discuter|passez|passe|passer|mettez|mettre|transfer\\w*|joindre|contacter|en relation|en contact|avoir)\\b.*\\b${PEOPLE}\\b(?! ne\\b)`,
    ),
    // Wanting a person: "je préfère parler à quelqu'un", "je veux un conseiller maintenant".
    new RegExp(`\\b(je veux|jveux|je voudrais|j aimerais|je souhaite|je souhaiterais|je prefere|besoin d|il me faut)\\b.*\\b${PEOPLE}\\b(?! ne\\b)`),
    // Are there people? "il y a des humains qui travaillent ?", "y a quelqu'un ?"
    /\b(il y a|y a|y a t il|ya) (quelqu un|des humains|du monde|des gens|des personnes|une personne|un humain|un conseiller|un agent)\b/,
    // Someone to help: "quelqu'un peut m'aider ?", "un employé est dispo ?"
    /\bquelqu un (peut|pourrait|pour) (m aider|me repondre|me renseigner)\b|\b(employe|agent|conseiller) (est )?(dispo|disponible)\b/,
    // A person rather than the bot: "c'est un robot ou une vraie personne ?", "de vraies personnes répondent ?", "un humain svp".
    /\b((robot|bot) ou (une )?(vraie )?personne|vraies? personnes?|un humain|etre humain|je ne veux pas (un |de )?(bot|robot)|arretez le (bot|robot)|(bot|robot) (sert a rien|nul|inutile)|a la place)\b/,
    // Only a person word: "conseiller", "agent", "service client svp".
    /^ (un |une |le |la )?(conseiller|conseillere|agent|operateur|humain|vraie personne|service client|support)( svp| stp| s il vous plait| maintenant)? $/,
    // Who to talk to: "à qui je peux parler de ça ?"
    /\ba qui (je peux|puis je|dois je|je dois) (parler|m adresser)\b/,
    // Round 2 kinds — advisers online, a superior, a technician, someone from the team looking at my file, "une personne s'il vous plaît":
    // "des conseillers sont disponibles ?", "je veux parler à votre supérieur", "quelqu'un de votre équipe peut regarder mon dossier ?"
    /\b((des |un |une )?(conseillers?|conseilleres?|agents?|humains?|personnes?) (sont |est )?(disponibles?|dispo|en ligne|la)|quelqu un (du support|du service|de (votre|ton|l) equipe|de chez vous) (est |peut|pourrait)|parler a (votre|ton|un|une|le|la) (superieur|superieure|responsable|technicien|chef|manager|collegue))\b|^ (une |un )?(personne|humain|conseiller) (s il vous plait|svp|stp) $/,
    // Round 3. The right department, a colleague taking over, a real counterpart, a person's help: "pouvez-vous me rediriger vers le bon service",
    // "qu'un de vos collègues prenne le relais", "je veux un vrai interlocuteur", "j'ai besoin de l'aide d'une personne", "qq1 peut me répondre en vrai?".
    /\b(me mettre en (relation|contact) avec|rediriger vers (le bon|un autre|le) service|collegues? prenne|prendre le relais|interlocuteur|l aide d une (vraie )?personne|(qq1|quelqu un) (\w+ )?en vrai|conseillers? (est |sont )?(en ligne|disponibles?)|service client svp)\b/,
    // Round 3, chat speak: "à qui je m'adresse pour …", "vos gens du support peuvent regarder".
    /\ba qui (je m adresse|m adresser|dois je m adresser)\b|\b(vos gens|les gens) du (support|service)\b/,
    // Round 4. Passing the request on, formally: "merci de transmettre mon message à un collègue", "qui s'occupe des remboursements ? j'aimerais lui écrire",
    // "vers qui puis-je me tourner", "un échange avec une personne", "vos conseillers sont-ils joignables ?", "un conseiller pourrait-il nous aider ?", "il me faudrait quelqu'un".
    new RegExp(
      `\\b(transmet\\w* (\\w+ ){0,3}a (un|une|votre|vos) (\\w+ )?${PEOPLE}|(qui s occupe|qui est responsable|qui gere) (\\w+ ){1,6}(lui (ecrire|parler)|parler)|vers qui (puis je|je peux|dois je|je dois) me tourner|echange\\w* avec (une|un|quelqu) (personne|conseiller|humain|un)|(conseillers|agents|humains|collaborateurs) (sont ils |sont |est il )?(joignables|connectes)|(un|une) (conseiller|conseillere|commercial|commerciale|technicien|collaborateur|collaboratrice) (\\w+ )?(pourrait|peut|pourra) (nous |m |me )?(aider|repondre|regarder)|il me faudrait (quelqu un|une personne|un humain|un conseiller)|un vrai $|y a qqn|ya qqn)\\b|^ (votre|ton|le) (superieur|superieure|responsable|chef|manager)( s il vous plait| svp| stp)? $`,
    ),
    // Round 5. A named contact asked to get in touch, a colleague of yours who could check, "a guy from after-sales":
    // "merci de demander à mon chargé de clientèle de me contacter", "un collègue à vous pourrait-il vérifier ?", "je veux un mec du SAV".
    /\b((charge|chargee) (de clientele|de compte|d affaires|de dossier) (\w+ ){0,2}(me|nous) (contacter|recontacter|rappeler|joindre|ecrire)|de me (contacter|recontacter|joindre) (\w+ ){0,2}(charge|chargee|conseiller|conseillere)|(un|une) (collegue|conseiller|conseillere|technicien|technicienne|agent) (a vous|de chez vous|de votre equipe|de votre service)|(un mec|un gars|une nana|quelqu un|une personne|un humain) du (sav|support|service client))\b/,
  ],
  callback: [
    // "rappelez-moi", "vous pouvez m'appeler ?", "je voudrais être rappelé", "un appel téléphonique".
    /\b(rappel\w*|me rappeler|m appeler|me telephoner|appel telephonique|un appel|recontacter par telephone|me recontacter|appelez moi|appelle moi)\b/,
  ],
  lookAlikes: [
    // Talking about a topic, not to a person: "je voudrais parler de mon abonnement", "discuter des options".
    /(?<!\bqui\b.{0,16})\b(parler|discuter) (de|du|des|d) (mon|ma|mes|la|le|l|changer|comment|mon|options?)\b/g,
    // "agent de voyage", "ressources humaines", "en personne", "par personne", "une autre personne", "personne ne répond" (nobody).
    /\b(agents? de voyages?|agent immobilier|ressources humaines|en personne|par personne|autre personne|la personne (indiquee|qui)|personne ne|vous m avez appele|m appeler hier|n arrete pas de m appeler|livreur)\b/g,
    // Asking whether the bot is a person ("vous êtes une vraie personne ?") and praise for an adviser who already helped.
    /\b((vous etes|tu es|es tu|etes vous) (un |une )?(vraie |vrai )?(personne|humain)|(avis|merci|bravo) (pour|a) (le|la) (conseiller|conseillere|agent) qui)\b/g,
    // Round 3. A reminder, not a call back: "j'ai un rappel avant ?", "un rappel de paiement". Someone already spoken to: "j'ai parlé à quelqu'un hier et il a réglé ça".
    /\b(un|le|des|les) rappels? (avant|par (mail|e mail|sms)|de paiement|automatique)\b|\bparle (a|avec) (quelqu un|un conseiller|une personne|un agent) (hier|ce matin|la semaine|avant hier)\b/g,
    // Round 3, last batch. "me rappeler la durée de la garantie" is "remind me", not "call me back".
    /\bme rappeler (la|le|les|l|quand|combien|ce|comment|pourquoi|si) \w+/g,
    // Round 4. A product recall, a missed call, an appointment, a contact on an invoice: "le rappel de produit", "appel manqué", "prendre rendez-vous avec un conseiller",
    // "que l'interlocuteur soit ma collègue".
    /\b((le|du|au|un|ce|par le) rappels? (de|des|du) \w+|appels? (manque|commerciaux)|(prendre|fixer|avoir) rendez vous avec (un|une) \w+|l interlocuteur soit (ma|mon|notre) \w+|interlocuteur (sur|de) la facture)\b/g,
    // Round 5. A phone carrier, not a person: "conserver mon numéro en changeant d'opérateur", "portabilité".
    /\b((changer|changeant|change|changement|nouvel|autre|ancien) d? ?operateur|operateur (mobile|telephonique|internet)|portabilite)\b/g,
  ],
  negated: [/\b(pas besoin (d un|d une|de) (conseiller|agent|humain|personne)|je ne veux pas (de |d un |parler a un )?(conseiller|agent|humain))\b/],
};
