import { MEDIUM, STRONG, WEAK, type LanguageCues } from "./cue-rule";

const PEOPLE =
  "(persona|personas|humano|humanos|agente|agentes|asesor|asesora|operador|operadora|representante|empleado|empleada|encargado|encargada|supervisor|gerente|alguien|ejecutivo|ejecutiva|superior|responsable)";

/** Spanish, matched on folded text (no accents: "pásame" is " pasame "). */
export const es: LanguageCues = {
  frustration: [
    // Giving up: "olvídalo, me rindo", "déjalo".
    { kind: "giving_up", weight: STRONG, pattern: /\b(me rindo|olvidalo|olvidate|dejalo|da igual|paso de esto)\b/ },
    // Insults to the service: "eres inútil", "no sirves para nada", "pésimo servicio", "estafa".
    {
      kind: "insult",
      weight: STRONG,
      pattern:
        /\b(inutil|inutiles|no (sirves|sirve|sirven)( para| de)? nada|no sirve|el peor|pesimo|pesima|mal servicio|verguenza|estafa\w*|ladrones|una broma|tomadura de pelo|tomando el pelo)\b/,
    },
    { kind: "insult", weight: MEDIUM, pattern: /\b(terrible|horrible|fatal|malisimo)\b/ },
    // Negated help and nothing working: "no me estás ayudando", "eso no me ayudó", "no funciona nada", "sigue sin funcionar".
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b(no me (estas |esta )?(ayuda\w*|ayudo|ayudaste|sirve|sirvio)|no ayuda\w*|nada funciona|no funciona nada|nada sirve|sigue sin (funcionar|andar)|todavia no funciona|sigue sin|sigue igual|x q no funciona|por ?que no funciona nunca|no funciona nunca)\b/,
    },
    // Repetition: "otra vez la misma respuesta", "ya te lo dije tres veces", "es la cuarta vez".
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(la misma respuesta|misma respuesta|ya te lo (dije|he dicho)|ya lo dije|(dije|dicho|pregunte|escrito|escribi|llame|llamado|explique|intente|intentado|pedido)\b.*\b(tres|cuatro|cinco|varias|mil|\d+) veces|(tercera|cuarta|quinta) vez)\b/,
    },
    { kind: "repetition", weight: MEDIUM, pattern: /\b((roto|caido|mal) otra vez|otra vez (roto|lo mismo|mal))\b/ },
    { kind: "repetition", weight: WEAK, pattern: /\b(otra vez|de nuevo|todavia|sigue)\b/ },
    // Time spent: "llevo horas intentándolo", "ya probé todo".
    { kind: "waiting", weight: STRONG, pattern: /\b(llevo (\w+ )?(horas|dias|semanas|meses)|(probe|probado|intentado|hecho) (todo|de todo))\b/ },
    { kind: "waiting", weight: MEDIUM, pattern: /\b((\d+|dos|tres|cuatro) (semanas|dias|meses) de retraso|hace (horas|dias|semanas))\b/ },
    // Feelings: "qué frustración", "estoy harto", "estoy muy enfadado", "no puedo más".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(frustra\w*|harto|harta|hartos|hasta las narices|cansad[oa]s? de|perdida de tiempo|inaceptable|indignante|enfadad[oa]|enojad[oa]|furios[oa]|cabread[oa]|no puedo mas|desesperad[oa]|ya no se que hacer|no se que (mas )?hacer|decepcion\w*|decepcionad[oa])\b/,
    },
    // Profanity: "joder", "mierda", "qué coño".
    { kind: "profanity", weight: STRONG, pattern: /\b(joder|mierda|puta|puto|cono|carajo|hostia|me cago)\b/ },
    // Ignored or misunderstood: "no entiendes nada", "nadie me responde", "eso no es lo que pregunté".
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b(no entiendes nada|no me (escuchas|entiendes)|no es lo que (pregunte|dije|pedi)|nadie (me )?(responde|ayuda|contesta|dice|hace caso)|a nadie le importa)\b/,
    },
    // What it cost them: "por su culpa perdí el vuelo", "me hicieron llegar tarde".
    { kind: "consequence", weight: STRONG, pattern: /\b(por (su|tu|vuestra) culpa|llegar tarde|perdi el (vuelo|tren|trabajo))\b/ },
    // Sarcasm: "genial, otra vez roto", "gracias por nada".
    { kind: "sarcasm", weight: STRONG, pattern: /\b(gracias por nada|(genial|perfecto|estupendo|muy bien) (otra vez|de nuevo))\b/ },
    // Leaving: "nunca más compro aquí".
    { kind: "leaving", weight: STRONG, pattern: /\b(nunca mas|no vuelvo a comprar)\b/ },
    // Urgency: "es urgente", "lo necesito para hoy", "cuanto antes", "me hackearon la cuenta", "el sistema está caído".
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(urgente|urgencia|emergencia|cuanto antes|lo antes posible|ya mismo|inmediat\w*|critico|no puede esperar|date prisa|dense prisa)\b/,
    },
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(necesito|necesitamos|tienen que|hay que)\b.*\b(hoy|esta noche|manana)\b|\b(para hoy|arreglen hoy|hoy mismo)\b/,
    },
    // "me jaquearon" / "jaqueado" (hacked), not Portuguese "jaqueta" (a jacket).
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(bloquea\w*|esta caid[oa]|se cayo|caid[oa]|hacke\w*|jaquea\w*|jaqueo|robaron|usando mi tarjeta|perdemos ventas|no podemos trabajar|en una hora|plazo)\b/,
    },
    // Round 2 kinds: going in circles, not listened to, losing patience, worse and worse, a mess, complaints, leaving, theft.
    {
      kind: "ignored",
      weight: STRONG,
      pattern:
        /\b(no me (estas )?escuchando|lee (lo que|mi mensaje)|nunca (contestais|contestan|respondeis|responden)|nadie (hace|dice) nada|como hablar con una pared|no contestas)\b/,
    },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b((perdiendo|pierdo|se me acaba) la paciencia|me (estoy volviendo|vuelvo) loc[oa]|saca de quicio|hasta el (moño|mono|gorro)|ya esta bien|el colmo|la gota que colma|vaya tela|que asco|que horror|enfadadisim[oa]|muy (molest[oa]|disgustad[oa])|nada content[oa]|me siento enganad[oa]|me habeis robado)\b/,
    },
    {
      kind: "negated_help",
      weight: STRONG,
      pattern:
        /\b(no hay (manera|forma)|de mal en peor|cada vez peor|se cuelga|siempre lo mismo|(un|que|menudo|vaya) (desastre|chapuza)|es un desastre|una chapuza|sois un desastre)\b/,
    },
    { kind: "leaving", weight: STRONG, pattern: /\b(la competencia|queja formal|mala (resena|valoracion))\b/ },
    { kind: "leaving", weight: MEDIUM, pattern: /\b(poner|presentar) una (queja|reclamacion)\b/ },
    { kind: "consequence", weight: STRONG, pattern: /\b(arruinado|(perdi|he perdido) (la|el|toda|todo) \w+|llegue tarde)\b/ },
    // Round 2, second batch: N veces explicado, por enésima vez, no avanzamos, paciencia, no es normal, un escándalo, mi dinero.
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b((explicado|dicho|repetido|escrito) (\w+ )?(diez|cien|mil|\d+) veces|enesima vez|(dando|damos) vueltas)\b/,
    },
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(no (avanzamos|avanzo)|mi paciencia|(no es|esto no es) normal|no puede ser|escandalo|indignad[oa]|sois lo peor|(quedasteis|quedaron|quitasteis|robasteis) (con )?mi dinero|a la basura|que es esto)\b/,
    },
    // Round 3. About to cancel, the last purchase, a lawyer or a consumer office: "estoy a punto de darme de baja", "voy a hablar con mi abogado".
    {
      kind: "leaving",
      weight: STRONG,
      pattern:
        /\b(a punto de (darme de baja|cancelar|irme)|ya termine con|ultima vez que compro|abogado|consumo|oficina del consumidor|hoja de reclamaciones|malas (opiniones|resenas))\b/,
    },
    // The service judged: "muy poco profesional", "son unos incompetentes", "este bot es tonto", "no eres de ninguna ayuda", "para qué sirve este chat".
    {
      kind: "insult",
      weight: STRONG,
      pattern:
        /\b(poco profesional|incompetentes?|(bot|chat|chatbot|robot) (es )?(tonto|inutil|un desastre)|de ninguna ayuda|para que sirve (este|esto|el) (chat|bot)|no sirvio|alucinante|lamentable)\b/,
    },
    // Same trouble again, said N times, strung along: "otra vez no ha llegado", "ya lo he explicado cinco veces", "llevan semanas dándome largas".
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(otra vez no|siempre el mismo (problema|rollo)|(explicado|dicho|repetido) (\w+ )?(cinco|cuatro|tres|mil|\d+) veces|dandome largas|me (estan )?mareando|sigo esperando|sige sin)\b/,
    },
    // Time and patience: "por qué tarda tanto", "perdido un día entero", "no tengo ganas de seguir peleándome", "no avanzo nada".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(por ?que tarda tanto|tarda(n)? tanto|perdido un dia|no tengo (ganas|tiempo)|peleandome|no avanzo|paciencia|no aguanto|exploto|molest[oa]|falta de respeto)\b/,
    },
    // Shouting a refusal: "no!! no es eso", "eso no es lo que pregunté".
    { kind: "ignored", weight: STRONG, pattern: /\b(no es eso|eso no es lo que|contesta a mi pregunta|algo con sentido)\b/ },
    // Urgency without the word: "es prioritario", "urge", "han filtrado mis datos", "alguien ha comprado con mi tarjeta", "tiene que llegar antes del viernes", "el plazo vence hoy".
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(prioritario|urge|urgentisimo|filtrado mis datos|alguien (ha comprado|compro|uso|esta usando) (con )?mi tarjeta|tiene que llegar antes|plazo (vence|termina|acaba) (hoy|manana)|rapido por favor|lanzamos (manana|hoy))\b/,
    },
    // Round 3, long messages. Sarcastic praise before a failure: "genial, otro mensaje de error", "qué buen servicio eh", "fantástico".
    {
      kind: "sarcasm",
      weight: STRONG,
      pattern:
        /^ (genial|fantastico|estupendo|perfecto|maravilloso|muy bien) (\w+ ){0,7}(otra vez|otro|error|se colgo|me saco|vacio)\b|\b(que buen servicio eh|fantastico$)\b/,
    },
    // Broken promises, a different answer each time, tickets closed: "me prometieron una llamada", "una respuesta distinta", "no paran de cerrar mi ticket", "no ha sido más que problemas".
    {
      kind: "repetition",
      weight: STRONG,
      pattern: /\b(me prometieron|respuesta distinta|cerrar mi (ticket|caso|reclamacion)|mas que problemas|solo problemas)\b/,
    },
    // Blame and disgust: "perdieron mi paquete", "qué asco", "me siento defraudado", "muy descontento", "tardando demasiado", "super agobiada".
    {
      kind: "anger",
      weight: STRONG,
      pattern: /\b(perdieron mi|han perdido mi|que asco|defraudad[oa]|descontent[oa]|insatisfech[oa]|tardando demasiado|agobiad[oa]|estresad[oa])\b/,
    },
    { kind: "anger", weight: MEDIUM, pattern: /\b(por dios|dejenme|dijeron que|tan dificil|no entiendo (como|por que))\b/ },
    // Urgency in what happened: "me han cobrado 6 veces", other customers' orders on view, medicine, payroll.
    {
      kind: "urgency",
      weight: STRONG,
      pattern: /\b(cobrado \d+ veces|pedidos de otras personas|datos de otr[oa]s|medicinas?|medicamentos?|nominas)\b/,
    },
    // Round 3, chat speak: "4a vez", "tenían un solo trabajo", "estoy que echo humo", "no me jodas".
    { kind: "anger", weight: STRONG, pattern: /\b(\d+ ?a vez|un solo trabajo|echo humo|no me jodas|porqueria)\b/ },
    // Round 3, last batch: "para qué les pago", "no cambió nada", "me arrepiento", "lee mi mensaje de verdad", "abre en 20 minutos" (a time limit; needs company).
    {
      kind: "anger",
      weight: STRONG,
      pattern: /\b(para que (les|te|os) pago|no cambio nada|nada ha cambiado|me arrepiento|leer mi mensaje|lea mi mensaje|mismo problema)\b/,
    },
    { kind: "urgency", weight: MEDIUM, pattern: /\ben \d+ (minutos|min)\b/ },
    // Round 4, formal and regional: "mi solicitud ha sido ignorada nuevamente", "no leyeron mi mensaje", "no manches", "es una burla", "esto es un robo",
    // "me pasan de un departamento a otro", "ya estuvo bueno", "acaban de perder un cliente", "qué hartera", "no lo puedo creer".
    {
      kind: "anger",
      weight: STRONG,
      pattern:
        /\b(ignorad[ao]s? (nuevamente|otra vez|de nuevo)|no (leyeron|leen|lee|leyo) (mi|el) (mensaje|correo)|no manches|burla\w*|es un robo|esto es un robo|de un (departamento|area|lado) (a|para) otro|ya estuvo bueno|perder un cliente|perdieron un cliente|hartera|no (lo )?puedo creer|castano oscuro|quilombo|mamera|aburrido con)\b/,
    },
    // Round 4. Urgency without the word: water leaking, "es apremiante", "con prioridad", payroll that does not go out, travelling tomorrow with tickets gone.
    {
      kind: "urgency",
      weight: STRONG,
      pattern:
        /\b(fuga de agua|se (esta )?inundando|inundacion|apremiante|con prioridad|nomina (\w+ ){0,3}no (sale|pasa)|(boletos|billetes|pasajes|reserva) (\w+ ){0,2}(desaparecieron|desaparecio|no aparece\w*)|sin falta)\b/,
    },
    // Round 4, last batch: a loop, worn out, how often: "está en un bucle", "cuántas veces tengo que", "estoy cansado", "los nervios de punta", "desorganizado", "de pacotilla".
    {
      kind: "repetition",
      weight: STRONG,
      pattern:
        /\b(en (un )?bucle|cuantas veces (tengo|debo|hay) que|estoy (cansad[oa]|hart[oa])|nervios de punta|desorganizad[oa]|de pacotilla|ya no tengo fuerzas)\b/,
    },
    // Round 5. Mexican swearing and having had enough: "¿qué chingados pasa con su app?", "me doy de baja, ya me cansé".
    { kind: "anger", weight: STRONG, pattern: /\b(chingad\w*|ya me canse|me tienen harto|me tienen harta)\b/ },
  ],
  humanRequest: [
    // A verb of talking or transferring, then a person: "quiero hablar con una persona", "pásame con un agente", "comunícame con alguien de facturación".
    new RegExp(
      `\\b(h?ablar|charlar|comunica\\w*|pasa|pasame|pasas|pasen|pasar|transfier\\w*|transferir\\w*|conecta\\w*|contacta\\w*|atienda|atiende|atender|poner|ponme|ponerme)\\b.*\\b${PEOPLE}\\b`,
    ),
    // Wanting a person: "necesito un asesor ya", "prefiero hablar con alguien".
    new RegExp(`\\b(quiero|kiero|qiero|necesito|quisiera|prefiero|deseo|busco|queria)\\b.*\\b${PEOPLE}\\b`),
    // Transfer to a department: "transfiéreme a soporte".
    /\b(transfier\w*|pasame|comunicame|pasen me) (a|con) (soporte|atencion al cliente|facturacion|el equipo|el area)\b/,
    // Are there people? "hay alguien ahí?", "hay humanos trabajando?", "hay algún empleado disponible?"
    /\bhay (alguien|gente|personas|humanos|un humano|una persona|alguna persona|algun (empleado|agente|asesor|humano|operador))\b/,
    // Someone to help: "alguien me puede ayudar?"
    /\balguien (me )?(puede|podria|pueda) (ayudar|atender)\b/,
    // A person rather than the bot: "¿lo contesta una persona o un bot?", "no quiero un bot", "persona real".
    /\b((persona|humano)s? (real|reales|de verdad)|contesta una persona|personas reales|no quiero (un )?(bot|robot)|(basta|no mas) de (bots|robots)|(bot|robot) no sirve|en vez del (bot|robot))\b/,
    // Only a person word: "agente", "operador", "atención al cliente por favor".
    /^ (un |una |el |la )?(agente|operador|asesor|humano|persona real|representante|atencion al cliente|servicio al cliente)( por favor| porfa| porfavor| ya| ahora)? $/,
    // Who to talk to: "¿con quién puedo hablar de esto?"
    /\bcon quien (puedo|podria|tengo que|debo) hablar\b/,
    // Round 2 kinds — does a person read this, a colleague, a member of your team, someone from the team reviewing my account, who do I talk to:
    // "¿esto lo lee una persona?", "pásame con un compañero", "ponme en contacto con un miembro de vuestro equipo", "¿con quién hablo para esto?"
    /\b((lo|esto|me) lee (una persona|alguien|un humano)|pasame con (un|una|el|la|otro|otra) (companer[oa]|colega|responsable)|miembro de (vuestro|tu|su) equipo|alguien (de|del) (vuestro|tu|su|el) (equipo|soporte|departamento)|con quien (hablo|puedo hablar|tengo que hablar))\b/,
    // Round 3. Advisors available, the right department, a colleague, a real counterpart: "están disponibles los asesores hoy?", "me puede derivar al departamento correspondiente",
    // "que me atienda un compañero suyo", "quiero un interlocutor real".
    /\b((estan|hay) (disponibles|conectados) (los |algun )?(asesores|agentes)|(asesores|agentes) (estan )?disponibles|derivar(me)? (al|a un|con) (departamento|area|agente|asesor)|un companero (suyo|tuyo)|interlocutor|atencion al cliente por favor|atencion humana)\b/,
    // Round 3, chat speak: "pueden los de soporte mirar el ticket".
    /\b(los de (soporte|atencion|facturacion|devoluciones)|alguien del equipo)\b/,
    // Round 3, last batch: "¿podría un empleado llamarme o escribirme ya?".
    /\b(un|algun) (empleado|agente|asesor|companero) (\w+ )?(llamarme|escribirme|atenderme)\b/,
    // Round 4, formal and Latin American: "les agradecería que me pusieran en contacto con un asesor", "le ruego me comunique con la persona responsable",
    // "comuníqueme con el área comercial", "derive con quien corresponda", "¿está algún ejecutivo disponible?", "¿sus asesores están conectados?".
    new RegExp(
      `\\b((pusieran|ponga|pongan|ponerme|pongame|me pongan) en contacto con|comunique\\w* con (el|la|un|una|alguien)|(derive|derivame|deriveme|derivar) con|quien corresponda|(esta|estan) (algun |alguna |los |sus )?(ejecutiv|asesor|agente)\\w* (\\w+ )?(disponible|conectad|en linea)\\w*|(sus|los) (asesores|agentes|ejecutivos) (estan )?(conectados|en linea|disponibles))\\b`,
    ),
    // Round 4. A person who could answer: "¿podría un asesor ayudarnos?", "¿me puede contestar alguien de ventas?", "un técnico, uno de verdad",
    // "mi ejecutiva de cuenta", "¿todavía tienen humanos o ya son puros robots?", "de carne y hueso".
    /\b((podria|puede|podrian|pueden) (un|una|algun|alguna) (asesor|asesora|ejecutivo|ejecutiva|agente|tecnico|companero|colega) (\w+ )?(ayudar|atender|contestar|responder|revisar)\w*|(puede|podria|pueden|podrian) (contestar|responder|atender)(me)? alguien|(contestar|responder|atender)me alguien|alguien de (ventas|soporte|facturacion|cobranza|su area|su equipo|su lado) (me )?(puede|podria|pueda)|uno de verdad|ejecutiv[oa] de cuenta|tienen humanos|(puros|solo) (bots|robots)|de carne y hueso)\b/,
    // Round 5. Connect me with a team or an office, one's own manager or a technician asked to get in touch:
    // "¿me conectan con el equipo antifraude?", "¿me comunica con la oficina de mi sucursal?", "necesito que mi gestor me contacte",
    // "¿sería posible que un técnico me llamara?".
    /\b(me (conectan|conecta|conectas|comunica|comunican|comunicas|pasa|pasan|pasas|transfiere|transfieren|derivan|deriva) con (el|la|los|las|un|una|alguien|mi|su)\b|(mi|un|una|el|la|nuestro|nuestra|su) (gestor|gestora|asesor|asesora|ejecutivo|ejecutiva|tecnico|tecnica|comercial|agente) (\w+ )?(me|nos) (contacte|contacten|llame|llamara|llamen|escriba|atienda|atiendan))\b/,
  ],
  callback: [
    // "llámenme", "¿me pueden llamar?", "devuélvanme la llamada", "prefiero una llamada".
    /\b(llamenme|llamame|llameme|me (pueden|puede|podrian|podria) llamar|quiero que me llamen|devolver(me)? la llamada|devolverme la llamada|una llamada|me devuelvan la llamada|(q|que) me llamen|marqueme|marcame|me (puede|pueden|podria|podrian) marcar|me llamais|me llaman (ustedes|vosotros))\b/,
  ],
  lookAlikes: [
    // Talking about a topic, not to a person: "quiero hablar de mi suscripción", "hablar sobre cambiar mi plan".
    /(?<!\bquien\b.{0,16})\b(hablar|charlar|comentar) (de|sobre|acerca de) (mi|mis|la|el|los|las|un|una|cambiar|como|que)\b/g,
    // "agente de viajes", "recursos humanos", "en persona", "por persona", "otra persona", "hablar sobre/de mi…".
    /\b(agentes? de (viajes?|seguros|aduanas)|recursos humanos|en persona|por persona|otra persona|persona que (aparece|pidio)|llamaron|no deja de llamar|mensajero|repartidor)\b/g,
    // Asking whether the bot is a person ("¿eres una persona real?") and praise for an agent who already helped.
    /\b((eres|es usted) (un |una )?(persona|humano|bot|robot)( real| de verdad)?|(el|la) (agente|asesora?) que me (ayudo|atendio))\b/g,
    // Round 3. Someone already spoken to: "ayer hablé con alguien y me lo solucionó".
    /\bhable con (alguien|un agente|una persona|un asesor) (ayer|esta manana|la semana pasada|antes)\b|\b(ayer|esta manana) hable con (alguien|un agente|una persona|un asesor)\b/g,
    // Round 4. An appointment, a missed call, an estate agent: "agendar una cita con un asesor", "tengo una llamada perdida", "agente inmobiliario".
    /\b((agendar|pedir|sacar|reservar) (una )?cita con (un|una) \w+|llamada perdida|llamadas? de (promociones|publicidad)|agentes? inmobiliari[oa]s?)\b/g,
    // Round 5. A phone carrier, not a person: "cambiarme de operador conservando mi número", "portabilidad".
    /\b((otro|otra|de|nuevo|nueva|cambiar de|cambiarme de) (operador|operadora|compania telefonica)|portabilidad)\b/g,
  ],
  negated: [/\bno (necesito|quiero|hace falta) (un |una |hablar con )?(agente|persona|humano|asesor)\b/],
};
