import { MEDIUM, STRONG, WEAK, type LanguageCues } from "./cue-rule";

const PEOPLE =
  "(mensch|menschen|menschlichen?|person|mitarbeiter\\w*|berater\\w*|kundenberater\\w*|agent\\w*|ansprechpartner\\w*|ansprechperson|sachbearbeiter\\w*|kundenbetreuer\\w*|betreuer\\w*|teamleit\\w*|\\w+abteilung|vorgesetzt\\w*|spezialist\\w*|techniker\\w*|kolleg\\w*|chef|jemand\\w*|angestellt\\w*|kundenservice|kundendienst|support|buchhaltung|abteilung|leute)";

/** German, matched on folded text ("möchte" is " mochte ", "Rückruf" " ruckruf "). */
export const de: LanguageCues = {
  frustration: [
    // Giving up: "vergiss es, ich gebe auf", "lass gut sein".
    { kind: "giving_up", weight: STRONG, pattern: /\b(ich gebe auf|vergiss es|vergessen sie es|lass gut sein|lassen wir das)\b/ },
    // Insults to the service: "du bist nutzlos", "Sie sind unfähig", "miserabler Service", "Betrug".
    {
      kind: "insult",
      weight: STRONG,
      pattern: /\b(nutzlos|unfahig|schlechteste\w*|miserab\w*|frechheit|betrug|betruger|abzocke|lacherlich|ein witz|bringt nix|bringt nichts)\b/,
    },
    { kind: "insult", weight: MEDIUM, pattern: /\b(schrecklich|furchtbar|grottig|unmoglich)\b/ },
    // Negated help, nothing working: "Sie helfen mir nicht", "das hat nicht geholfen", "nichts funktioniert", "geht immer noch nicht".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b((helfen|hilfst|hilft) (mir )?(uberhaupt |gar )?nicht|nicht geholfen|nichts (funktioniert|geht|klappt)|gar nichts geht|(geht|funktioniert|klappt) immer noch nicht)\b/,
    },
    // Repetition: "schon wieder dieselbe Antwort", "schon dreimal gesagt", "zum vierten Mal".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b((dieselbe|die gleiche|gleiche) (falsche )?antwort|(dreimal|viermal|funfmal|zigmal)|zum (dritten|vierten|funften) mal|schon wieder)\b/,
    },
    { kind: "repetition", weight: MEDIUM, pattern: /\bwieder (kaputt|abgesturzt|falsch)\b/ },
    { kind: "repetition", weight: WEAK, pattern: /\b(wieder|immer noch|noch immer)\b/ },
    // Time spent: "seit Stunden", "seit zwei Stunden hänge ich daran", "alles probiert".
    { kind: "waiting", weight: STRONG, pattern: /\b(seit (\w+ )?(stunden|tagen|wochen)|alles (probiert|versucht))\b/ },
    { kind: "waiting", weight: MEDIUM, pattern: /\b(\d+|zwei|drei|vier) (wochen|tage|monate) zu spat\b/ },
    // Feelings: "so frustrierend", "die Nase voll", "mir reicht's", "ich bin wütend", "inakzeptabel".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(frustr\w*|nase voll|mir reicht s|reicht mir|es reicht|hab es satt|habe es satt|satt|zeitverschwendung|inakzeptabel|sauer|wutend|verzweifelt|weiss nicht mehr weiter|enttausch\w*|nervt|verappeln|verarsch\w*)\b/,
    },
    // Profanity: "Scheiße", "Mist", "verdammt".
    { kind: "profanity", weight: STRONG, pattern: /\b(scheiss\w*|scheisse|mist|verdammt\w*|kacke)\b/ },
    // Ignored or misunderstood: "du verstehst gar nichts", "niemand antwortet", "hören Sie mir überhaupt zu?"
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b(verstehst (gar )?nichts|verstehen (gar )?nichts|nicht gefragt|horen sie (mir )?(uberhaupt )?zu|niemand (antwortet|hilft)|keiner (hilft|antwortet|sagt)|interessiert (es )?keinen)\b/,
    },
    // What it cost them: "wegen Ihnen komme ich zu spät", "meinen Flug verpasst".
    { kind: "consequence", weight: STRONG, pattern: /\b(wegen (ihnen|euch|dir)|zu spat zur arbeit|(flug|zug) verpasst)\b/ },
    // Sarcasm: "toll, wieder kaputt", "danke für nichts".
    { kind: "sarcasm", weight: STRONG, pattern: /\b(danke fur nichts|(toll|super|klasse|prima) (wieder|schon wieder))\b/ },
    // Leaving: "nie wieder bestelle ich bei euch".
    { kind: "leaving", weight: STRONG, pattern: /\bnie wieder\b/ },
    // Urgency: "es ist dringend", "Notfall", "sofort", "mein Konto wurde gehackt", "das System ist ausgefallen".
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(dringend\w*|notfall|sofort\w*|so schnell wie moglich|schnellstmoglich|kritisch|kann nicht warten|beeil\w*)\b/,
    },
    { kind: "urgency", weight: STRONG, pattern: /\b(brauche|brauchen|muss|mussen)\b.*\b(heute|morgen fruh|bis morgen)\b/ },
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(blockiert|gehackt|gestohlen|benutzt (gerade )?meine karte|ausgefallen|ist down|verlieren umsatz|deadline|in einer stunde|konnen nicht arbeiten)\b/,
    },
    // Round 2 kinds: not listened to, had enough, worse and worse, complaints, leaving, what it cost.
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b(sie horen mir nicht zu|du horst mir nicht zu|lesen sie meine nachricht|(keiner|niemand) (antwortet|sagt|hilft)|ihr antwortet nie|mit einer wand|interessiert (hier )?keinen|beantworten (sie )?meine frage nicht)\b/,
    },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(mir reicht s|es reicht|jetzt reicht s|ich kann nicht mehr|am ende|der gipfel|mass ist voll|wahnsinnig|nervt|(sehr|total) (verargert|unzufrieden)|fasse es nicht|betrogen|enttausch\w*|katastroph\w*|furchtbar|schrecklich)\b/,
    },
    {
      kind: "negated_help",
      weight: STRONG,
      pattern: /\b(immer noch (dasselbe|das gleiche|nicht)|immer schlimmer|sturzt (standig|schon wieder|immer)|zu nichts zu gebrauchen|nichts geht)\b/,
    },
    { kind: "leaving", weight: STRONG, pattern: /\b(konkurrenz|beschwer\w*|schlechte bewertung|nie wieder)\b/ },
    { kind: "consequence", weight: STRONG, pattern: /\b(ruiniert|wegen (ihnen|euch|dir))\b/ },
    // Round 2, second batch: zehnmal erklärt, zum x-ten Mal, im Kreis, nicht weiter, Geduld, nicht normal, ein Skandal, mein Geld.
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b((zehnmal|hundertmal|tausendmal|x mal|zigmal)|x ten mal|zum (x|zig|hundert)\w* mal|wie oft denn|im kreis)\b/,
    },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(kommen (wir )?nicht weiter|keinen schritt|(meine |die )geduld|nicht normal|nicht wahr sein|was soll das|unfassbar|fassungslos|unzumutbar|skandal\w*|das letzte|daneben|mein geld genommen|im eimer|na toll|echt jetzt)\b/,
    },
    // Round 3. About to cancel or switch, a lawyer, consumer protection: "kurz davor zu kündigen", "zu einem anderen Anbieter wechseln", "ich schalte meinen Anwalt ein".
    {
      kind: "leaving",
      weight: STRONG,
      pattern:
        /\b(kurz davor|(anderen|neuen) anbieter|anbieter (zu )?wechseln|anwalt|verbraucherschutz|verbraucherzentrale|das letzte mal|fertig mit euch|schlechte bewertung\w*)\b/,
    },
    // The service judged: "sowas von unprofessionell", "völlig inkompetent", "was für ein Saftladen", "unterste Schublade", "peinlich", "du bist keine Hilfe".
    {
      kind: "insult",
      weight: STRONG,
      pattern:
        /\b(unprofessionell|inkompetent\w*|saftladen|laden ist|unterste schublade|peinlich|keine hilfe|unbrauchbar|unverschamt\w*|total genervt|genervt|verarscht|abgewimmelt|hingehalten|vertrostet)\b/,
    },
    // Negated help, German word order: "die Anleitung hilft null", "hat nix gebracht", "klappt trotzdem nicht", "hilft kein Stück", "bringt alles nichts".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b(hilft (mir )?(null|kein stuck|nix|gar nix)|nix gebracht|nichts gebracht|(klappt|geht|funktioniert) trotzdem nicht|bringt (alles |eh )?(nichts|nix)|geht (immer noch )?nich|nciht)\b/,
    },
    // Not understood: "der Bot versteht mich einfach nicht", "das war nicht meine Frage", "das meinte ich nicht", "lies doch mal was ich geschrieben habe".
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b(versteh\w* mich (einfach |uberhaupt |gar )?nicht|nicht meine frage|meinte ich nicht|lies (doch )?(mal )?was ich|was ich geschrieben|warum fragst du|keiner kummert sich|niemand (weiss|kummert|fuhlt sich))\b/,
    },
    // Giving up, German colloquial: "ich geb auf", "ok ich gebs auf", "lass es, ich mach das selber", "egal".
    { kind: "giving_up", weight: STRONG, pattern: /\b(ich geb s? auf|ich gebs auf|geb auf|lass es|mach das (selber|selbst)|keine lust mehr)\b/ },
    // Same trouble every time, worn out, hanging: "jedes Mal das gleiche Theater", "zum wiederholten Mal", "seit einer Stunde hänge ich", "dauert das so ewig", "kann doch nicht so schwer sein".
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(jedes mal (das gleiche|dasselbe)|das gleiche theater|zum wiederholten mal|seit einer (stunde|ewigkeit)|(dauert|dauern) (das |es )?(so )?ewig|nicht so schwer sein|schon wieder nicht|ich zahle jeden monat|macht es einem (echt )?schwer)\b/,
    },
    // Urgency without the word: "es eilt", "die Frist läuft heute ab", "meine Daten wurden geleakt", "jemand hat mit meiner Karte bestellt", "wir stehen still", "muss bis Freitag da sein".
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(es eilt|eilt sehr|eilig|frist (lauft|ist) (heute|morgen)|lauft heute ab|geleakt|datenleck|(jemand|wer) hat (mit )?meine\w* karte|stehen (komplett )?still|muss bis \w+ da sein|in \d+ minuten|gesperrt und ich muss)\b/,
    },
    // Round 3, long messages. Sarcastic praise before a failure: "na super, noch eine Fehlermeldung", "toll, die App hat mich wieder ausgeloggt", "großartig".
    {
      kind: "sarcasm",
      weight: STRONG,
      pattern:
        /^ (na )?(super|toll|klasse|prima|grossartig|wunderbar|spitze) (?!(\w+ ){0,3}(geklappt|klappt|funktioniert|danke))(\w+ ){0,7}(wieder|noch eine?|fehler\w*|abgesturzt|ausgeloggt|leer|weg)\b|\b(grossartig|tolles preis leistungs)\b/,
    },
    // Broken promises, a different answer each time, tickets closed: "mir wurde ein Rückruf versprochen", "von jemand anderem eine andere Antwort", "ihr schließt mein Ticket immer wieder", "nur Ärger".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b(versprochen|eine andere antwort|schliesst mein ticket|ticket immer wieder|nur arger|immer wieder ohne)\b/,
    },
    // Blame and disgust: "ihr habt mein Paket verloren", "ekelhaft", "im Stich gelassen", "äußerst unzufrieden", "dauert viel zu lange", "total gestresst".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b((ihr habt|sie haben) mein \w+ verloren|ekelhaft|im stich gelassen|unzufrieden|viel zu lange|gestresst|nicht hinbekommt|kriegt ihr nicht hin)\b/,
    },
    {
      kind: "anger",
      weight: MEDIUM,
      pattern: /\b(meine gute|lasst mich (doch )?(einfach)?|sie sagten|so schwierig|verstehe (echt |wirklich )?nicht (wie|warum))\b/,
    },
    // Urgency in what happened: "6 mal belastet", other customers' orders on view, medicine in the parcel, payroll.
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(\d+ mal (belastet|abgebucht)|bestellungen von anderen|daten von anderen|medikament\w*|lohnabrechnung|gehaltsabrechnung)\b/,
    },
    // Round 3, chat speak: "zum 4. Mal" (an ordinal in digits), "ist das dein Ernst", "ich koche vor Wut", "totales Chaos", "ihr hattet eine Aufgabe", "in der nächsten Stunde".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(zum \d+ mal|(ist|soll) das (dein|ihr|euer) ernst|koche vor wut|vor wut|totales chaos|(ihr hattet|sie hatten) eine aufgabe|immer noch kein\w*)\b/,
    },
    { kind: "urgency", weight: STRONG, pattern: /\bin der nachsten (stunde|halben stunde)\b/ },
    // Round 3, last batch: "wofür bezahle ich euch eigentlich", "nichts hat sich geändert", "ich bereue die Anmeldung", "3 mal geschickt", "lesen Sie meine Nachricht diesmal wirklich".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(wofur bezahle ich|nichts hat sich geandert|bereue|\d+ mal (geschickt|geschrieben|gesagt|angerufen|erklart)|nachricht (\w+ ){0,3}(wirklich|mal) lesen|das allerletzte)\b/,
    },
    // Round 4, formal and regional complaints: "eine Zumutung", "unterirdisch", "nicht nachvollziehbar", "so ein Pfusch", "schäbig", "stinksauer",
    // "die Schnauze voll", "mir platzt der Kragen", "lachhaft", "Textbausteine", "am Verzweifeln", "mit meinem Latein am Ende", "gopfertami".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(zumutung|unterirdisch\w*|nicht nachvollziehbar|noch nie erlebt|pfusch|schabig|stinksauer|angepisst|schnauze voll|platzt (mir )?(gleich )?der kragen|lachhaft|verappel\w*|textbaustein\w*|standardantwort\w*|am verzweifeln|latein am ende|halte das nicht (mehr )?aus|keine nerven|schmarrn|gopfertami|so geht man nicht|nicht im geringsten|nicht (mal|einmal) ansatzweise|damit kann ich nichts anfangen|nie eine antwort|keine antwort)\b/,
    },
    // Round 4. Leaving, formally: "das war mein letzter Einkauf", "ich werde Sie nicht weiterempfehlen", "rechtliche Schritte", "ich kündige".
    {
      kind: "leaving",
      weight: STRONG,
      pattern: /\b(mein letzter (einkauf|kauf|auftrag)|nicht (mehr )?weiterempfehlen|rechtliche schritte|ich kundige|kundigung ist)\b/,
    },
    // Round 4. Urgency in office and regional German: "umgehend", "Eilt!", "heute noch bearbeiten", "des pressiert", "bis Freitag erledigt, sonst …", "medizinische Versorgung".
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(umgehend\w*|eilt|pressiert|pressant|heute noch (bearbeiten|erledig\w*|losen|klaren)|bis (montag|dienstag|mittwoch|donnerstag|freitag|samstag|morgen|heute abend) (erledigt|geklart|gelost)|sonst verliere|medizinische\w* versorgung|gesperrt und (morgen|heute))\b/,
    },
    // Round 4, last batch: a loop, worn out, how often: "diese Endlosschleife", "dreht sich im Kreis", "wie oft soll ich …", "ich bin es leid", "mit den Nerven fertig", "unorganisiert", "geht's noch".
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(endlosschleife|dreht sich im kreis|wie oft (soll|muss) ich|bin es leid|nerven (fertig|am ende)|mit den nerven|unorganisiert|geht s noch|ausrasten)\b/,
    },
    // Round 5. Insults with an inflected adjective, crude verdicts: "du nutzloses Ding", "blöder Bot", "total fürn Arsch, diese App".
    {
      kind: "insult",
      weight: STRONG,
      pattern: /\b((nutzlos|blod|doof|dumm|bescheuert)\w* (bot|roboter|app|ding|laden|verein|system|kiste)|fur ?n arsch|fuer n arsch)\b/,
    },
    // Round 5. Thanks for nothing (sarcasm, so the "danke" does not calm it): "Super, danke für gar nix", "danke für nichts".
    { kind: "sarcasm", weight: STRONG, pattern: /\bdanke fur (gar |rein gar )?(nix|nichts)\b/ },
  ],
  humanRequest: [
    // A person, then a verb of talking or connecting (German puts the verb last): "ich möchte mit einem Menschen sprechen", "bitte mit einem echten Menschen verbinden".
    new RegExp(`\\b${PEOPLE}\\b.*\\b(sprech\\w*|reden|verbinden|verbunden|durchstellen|weiterleiten|chatten|betreuen|betreut)\\b`),
    // Connecting verbs first: "verbinden Sie mich mit der Buchhaltung", "leiten Sie mich an den Support weiter".
    new RegExp(`\\b(verbinden|leiten|stellen|verbinde|leite) (sie |du )?mich\\b.*\\b${PEOPLE}\\b`),
    // Wanting a person: "ich brauche sofort einen Mitarbeiter", "ich hätte gern einen Kundenberater".
    /\b(ich (mochte|will|brauche|hatte gern|hatte gerne|wurde gern|wurde lieber)|bitte)\b.*\b(mensch\w*|mitarbeiter\w*|berater\w*|kundenberater\w*|ansprechpartner|vorgesetzt\w*|chef)\b/,
    // Are there people? "ist da jemand?", "arbeiten da überhaupt Menschen?", "gibt es hier echte Leute?"
    /\b((ist|sind) (da|hier) (jemand|wer|menschen|leute)|arbeiten (da|dort|hier|bei euch) (uberhaupt )?(menschen|leute)|gibt es (hier |da )?(echte )?(menschen|leute|mitarbeiter)|sitzen (hier|da) (echte )?(menschen|leute)|echte (menschen|leute|person))\b/,
    // Someone to help: "kann mir jemand helfen?", "könnte mir stattdessen ein Mensch helfen?", "jemand vom Support bitte".
    /\b(kann|konnte) mir (jemand|wer|ein mensch|stattdessen ein mensch) helfen\b|\bjemand vom (support|kundenservice|team)\b|\bmitarbeiter (verfugbar|frei|da)\b/,
    // A person rather than the bot: "antwortet hier ein Mensch oder ein Bot?", "ich will keinen Bot".
    /\b((mensch|person) oder (ein )?bot|bot oder (ein )?mensch|keinen (bot|roboter)|schluss mit dem (bot|roboter)|(bot|roboter) ist nutzlos)\b/,
    // Only a person word: "Mitarbeiter", "Berater bitte", "einen Menschen bitte".
    /^ (einen |ein |eine |den )?(mitarbeiter|berater|menschen|mensch|echte person|kundenservice|kundendienst|support|agent)( bitte| sofort| jetzt)? $/,
    // Who to talk to: "mit wem kann ich darüber sprechen?"
    /\bmit wem (kann|soll|muss) ich\b/,
    // Round 2 kinds — anyone there, does a person read this, reaching a person, a boss, someone from the team: "hallo, ist hier irgendwer?",
    // "liest das überhaupt ein Mensch?", "wie erreiche ich einen Menschen?", "holen Sie mir Ihren Chef", "könnte sich jemand aus dem Team darum kümmern?"
    /\b((ist|jemand|irgendwer) (hier |da )?(jemand|irgendwer|da)|liest (das|dies|hier) (uberhaupt |wirklich |auch )?(ein|eine|jemand)|wie (erreiche|bekomme|komme) ich (zu )?(einen|eine|einem|jemand)|(holen sie|hol|geben sie) mir (ihren|deinen|einen|den) (chef|vorgesetzten|kollegen|mitarbeiter)|jemand aus (dem|ihrem|eurem) team|(menschen|mitarbeiter|berater|leute) (die|online|verfugbar|da|heute))\b/,
    // Someone who really helps: "ich brauche jemanden, der mir wirklich hilft", "mir wäre ein Anruf lieber" is a callback (below).
    /\bich brauche (jemanden|einen menschen|eine person)\b/,
    // Round 3. Real staff or only the bot, advisors reachable, someone from a department, the responsible person, passing me on:
    // "gibt es bei euch auch echte Mitarbeiter oder nur diesen Bot", "sind heute Berater erreichbar?", "ich hätte gern jemanden von der Rechnungsabteilung",
    // "an die zuständige Abteilung weitergeben", "kann ein Kollege von Ihnen übernehmen", "können Sie mich bitte durchstellen", "menschlicher Support".
    /\b(echte (mitarbeiter|menschen|leute)|(berater|mitarbeiter) (\w+ )?erreichbar|jemand\w* (von|aus) der \w*(abteilung|buchhaltung|technik)|zustandige\w* (abteilung|stelle|mitarbeiter)|weitergeben|ein kollege|kollegen von ihnen|mit dem (will|mochte) ich reden|mich (bitte )?durchstellen|menschliche\w* (support|hilfe|ansprechpartner|mitarbeiter)|nur (diesen|den|ein) bot)\b/,
    // Round 3. "with a member of staff" and "is there someone I can discuss it with": "das möchte ich mit einem Mitarbeiter besprechen",
    // "gibt es jemanden mit dem ich das besprechen kann?" (not "ich habe gestern mit einem Mitarbeiter gesprochen", removed above).
    /\bmit (einem|einer|jemandem|dem|der) (mitarbeiter\w*|berater\w*|menschen|person|spezialist\w*|zustandigen)\b(?!.*\b(zufrieden|gesprochen|telefoniert)\b)|\bgibt es (hier |da )?(jemanden|einen menschen|eine person),? (mit dem|der|die)\b/,
    // Round 3, chat speak: "an wen wende ich mich wegen …", "können sich eure Supportleute das ansehen".
    /\ban wen (wende|kann|soll|muss|musste) ich mich\b|\b(eure|ihre) (supportleute|leute vom support|kollegen)\b/,
    // Round 3, last batch: "kann ich euer Kundenteam irgendwie direkt erreichen".
    /\b(kundenteam|supportteam|kundenservice|team) (\w+ ){0,2}direkt (erreichen|sprechen|kontaktieren)\b/,
    // Round 4, office German and subordinate clauses: "an einen Sachbearbeiter wenden", "wäre es möglich, dass sich ein Sachbearbeiter … ansieht",
    // "ich verlange, dass mein Anliegen an einen Teamleiter geht", "bitte an die Fachabteilung weiterleiten", "stellen Sie mich zu … durch", "eskalieren".
    new RegExp(
      `\\b(an (einen|eine|die|den|ihren|ihre) (\\w+ )?${PEOPLE} (wenden|weiterleiten|weitergeben|geht|gehen|ubergeben)|(moglich|konnte|konnten|durfte|wurde|wurden) (dass |ob )?(sich |mich )?(ein|eine|einer|jemand) (ihrer |ihrer |von ihnen )?(\\w+ )?${PEOPLE}|stellen sie mich (\\w+ ){0,3}durch|eskalier\\w*|nachste ebene)\\b`,
    ),
    // Round 4. Someone who answers or decides: "jetzt hätte ich gern jemanden, der mir sagt …", "bräuchte ich jemanden, der sich das ansieht",
    // "am besten wäre ein fester Ansprechpartner", "ich würde gern persönlich betreut werden", "den will ich sprechen", "hätte gern mit … gesprochen".
    /\b((hatte|hatten|brauchte|brauche|suche) (ich )?(bitte |gern |gerne |einfach gern )?(jemand\w*|einen menschen|eine person)( der| die| von)|(ein|einen) (fester|festen|personlichen|eigenen) (ansprechpartner|betreuer|berater)|personlich betreut|(den|die|ihn|sie|diese person) (will|mochte|wurde) ich (gern |gerne )?(sprechen|anschreiben)|hatte (ich )?(gern|gerne) (\w+ ){1,5}gesprochen)\b/,
    // Round 4. Is a person there, regionally and colloquially: "sitzt da jetzt ein Mensch", "isch öpper do", "nen Menschen an die Strippe", "gibts nen Ansprechpartner".
    /\b(sitzt (da|dort|hier) (\w+ )?(ein|eine|jemand) (mensch|person)|(isch|ist) (ope|oppe|opper|oepper|opperem) (do|da)|opperem|an die strippe|(gibt es|gibts|haben sie|habt ihr) (bei (euch|ihnen) )?(einen |nen |eine )?(ansprechpartner|ansprechperson|sachbearbeiter|kundenbetreuer))\b/,
    // Round 5. A phone number where a person answers, "real" people, a named contact asked to get in touch, "one of your technicians",
    // staff of a team reachable: "gibt es eine Telefonnummer, wo wirklich jemand abhebt?", "gibts ne Hotline wo man wen erreicht",
    // "gibts hier auch richtige Leute?", "lassen Sie unseren Account Manager Kontakt mit uns aufnehmen",
    // "mit einem Ihrer Techniker direkt besprechen", "ist ein Mitarbeiter aus dem Betrugsteam erreichbar?".
    /\b((telefonnummer|nummer|hotline|durchwahl)\b.*\b(jemand|wen|wer|ein mensch|einen menschen|einen berater|einen mitarbeiter|eine person)\b.*\b(abhebt|rangeht|erreich\w*|antwortet|dran ist)|(richtige|wirkliche) (menschen|leute|mitarbeiter|person)|(account manager|kundenbetreuer\w*|betreuer\w*|ansprechpartner\w*|berater\w*) (\w+ ){0,3}(kontakt (mit|zu) (uns|mir)|(sich )?bei (uns|mir) meld\w*)|mit (einem|einer) (ihrer|eurer|deiner) (\w+ )?(techniker\w*|mitarbeiter\w*|berater\w*|kolleg\w*|expert\w*)|(mitarbeiter\w*|berater\w*|jemand) (\w+ ){0,3}erreichbar)\b/,
  ],
  callback: [
    // "rufen Sie mich bitte zurück", "können Sie mich anrufen?", "Rückruf", "lieber telefonisch".
    /\b(ruf\w* (sie |du )?mich (bitte )?(zuruck|an)|mich\b.*\banrufen|mich (\w+ )?zuruckrufen|ru(e)?ckruf|telefonisch|zrugg?lu(e)?te|aalu(e)?te|anruf lieber|lieber (einen |ein )?anruf)\b/,
  ],
  lookAlikes: [
    // Talking about a topic, not to a person: "ich möchte über mein Abo sprechen", "können wir über meine Rechnung reden?"
    /\buber (mein|meine|meinen|meinem|die|den|das|ihr|ihre) (\w+ ){1,2}(sprechen|reden|besprechen)\b|(?<!\b(mitarbeiter\w*|jemand\w*|berater\w*|menschen|person|mit dem|mit der) (\w+ ){0,2})\b(\w+ )?besprechen\b/g,
    // "Personalabteilung", "Reisebüro", "pro Person", "persönlich", "eine andere Person", "warum haben Sie mich angerufen".
    // "wann ist der Kundenservice telefonisch erreichbar?": opening hours, not a call.
    /\b(wann|wie lange) (ist|sind) (der|die|ihr|euer) \w+ (telefonisch )?erreichbar\b/g,
    /\b(personalabteilung|reiseburo\w*|pro person|personlich|andere person|die person auf|haben sie mich \w* ?angerufen|ruft standig an|kurier|paketbote)\b/g,
    // Asking whether the bot is a person ("sind Sie ein echter Mensch?") and praise for an employee who already helped.
    /\b((bist du|sind sie) (ein |eine )?(echter |echte )?(mensch|person|bot)|(den|die) (mitarbeiter|mitarbeiterin|berater) loben|(mitarbeiter|berater)\w*,? (der|die) mir geholfen)\b/g,
    // Round 3. Someone already spoken to: "ich habe gestern mit jemandem gesprochen und er hat es gelöst".
    /\b(gestern|heute morgen|letzte woche) mit (jemandem|einem mitarbeiter|einer mitarbeiterin|einem berater) gesprochen\b/g,
    // Round 3, last batch. Someone of the customer's own will talk: "meine Assistentin spricht morgen mit Ihnen über den Vertrag".
    /\b(mein|meine) (assistent\w*|kolleg\w*|chef\w*|anwalt|anwaltin|frau|mann|partner\w*) (spricht|ruft|meldet|redet)\b/g,
    // Round 4. A product recall or a call setting, not a call back: "Rückrufaktion", "Rückruf in der App deaktivieren", "verpasster Anruf".
    /\b(ruckrufaktion\w*|ruckruf (\w+ ){0,4}(deaktivieren|abbestellen|ausschalten|abschalten)|verpasst\w* anruf\w*)\b/g,
    // Round 4. A contact or person named on a document or in the account, not wanted now: "als Ansprechpartner soll … stehen", "einen zweiten Ansprechpartner hinterlegen", "wie heißt mein Ansprechpartner".
    /\b(als ansprechpartner|zweiten ansprechpartner|ansprechpartner (\w+ ){0,3}(hinterlegen|eintragen|andern)|wie heisst (mein|meine|der|die) \w+)\b/g,
  ],
  negated: [/\b(keinen|keine) (mitarbeiter|menschen|berater|person)\b|\bbrauche niemanden\b/],
};
