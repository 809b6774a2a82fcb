package extract

import (
	"strings"

	"github.com/gapwatch/gapwatch/tracker"
)

// The built-in vocabulary, English and Spanish, folded (lower-case, no
// accents) when compiled. Metric keywords and actor aliases come from the
// tracker file; these lists only describe how news text is built.

// peopleNouns may follow a count of people without naming another quantity:
// "56 prisoners", "400 personas". A number followed by any other noun counts
// something else ("12 prisons", "3 press conferences").
var peopleNouns = newWordSet(
	"huéspedes", "huésped", "campers", "campistas", "acusados", "acusadas", "capos", "operatives", "Ukrainians",
	"specialists", "especialistas", "physicians", "facultativos", "surgeons", "cirujanos", "patrulleros", "aldeanos",
	"montañeros", "anesthetists", "anestesistas",
	"driver", "choferes", "chóferes", "chofer", "camionero", "conductoras", "guardas", "rescatistas", "prosecutors",
	"fiscales", "conscriptos", "inhabitants", "locals", "returnees", "deportees", "evacuees", "environmentalists",
	"ambientalistas", "adolescents", "militantes",
	"people", "persons", "person", "individuals", "prisoners", "prisoner", "detainees", "detainee",
	"inmates", "inmate", "captives", "hostages", "men", "women", "children", "minors", "adults",
	"activists", "dissidents", "opponents", "journalists", "protesters", "protestors", "demonstrators",
	"students", "soldiers", "officers", "politicians", "leaders", "members", "citizens", "nationals",
	"foreigners", "civilians", "workers", "unionists", "lawmakers", "deputies", "cases", "case",
	"venezuelans", "colombians", "americans", "spaniards", "others",
	"personas", "persona", "presos", "presas", "preso", "presa", "detenidos", "detenidas", "detenido",
	"reclusos", "reclusas", "privados", "ciudadanos", "ciudadanas", "hombres", "mujeres", "niños",
	"menores", "adolescentes", "activistas", "opositores", "opositoras", "periodistas", "manifestantes",
	"estudiantes", "militares", "dirigentes", "líderes", "miembros", "extranjeros", "extranjeras",
	"venezolanos", "venezolanas", "colombianos", "civiles", "trabajadores", "sindicalistas",
	"defensores", "casos", "rehenes", "reos", "internos", "uniformados", "policías", "otros", "otras",
	"adultos", "adultas", "adulto", "adult", "civilians", "detenidos",
	"patients", "pacientes", "victims", "víctimas", "alumnos", "alumnas", "schoolchildren", "escolares",
	"girls", "boys", "niñas", "pupils", "worshippers", "fieles", "fans", "aficionados", "supporters", "hinchas",
	"hooligans", "simpatizantes", "spectators",
	"espectadores", "pilgrims", "peregrinos", "reclusos", "inmates", "workers", "obreros", "personas", "migrants", "migrantes", "refugees", "refugiados",
	"noncitizens", "non-citizens", "immigrants", "inmigrantes", "poachers", "traffickers", "smugglers", "suspects",
	"cazadores", "furtivos", "traficantes", "contrabandistas", "sospechosos",
	"troops", "servicemen", "servicewomen", "tropas", "efectivos", "combatientes", "fighters",
	"defenders", "employees", "empleados", "empleadas", "funcionarios", "funcionarias", "personnel", "staff",
	"residents", "habitantes", "vecinos", "miners", "mineros", "survivors", "sobrevivientes", "supervivientes",
	"voters", "votantes", "electores", "marchers", "participants", "participantes", "attendees", "asistentes",
	"inmigrantes", "immigrants", "passengers", "pasajeros", "villagers", "pobladores", "families", "familias",
	"names", "nombres",
	"climbers", "mountaineers", "skiers", "hikers", "trekkers", "tourists", "guides", "sherpas", "porters",
	"alpinistas", "montañistas", "escaladores", "esquiadores", "excursionistas", "senderistas", "turistas", "guías",
	"firefighters", "bomberos", "rescuers", "socorristas", "farmers", "campesinos", "agricultores", "fishermen",
	"pescadores", "guests", "invitados", "customers", "clientes", "users", "usuarios", "drivers", "conductores",
	"man", "woman", "child", "activist", "journalist", "opponent", "student", "soldier", "officer", "citizen",
	"foreigner", "dissident", "hostage", "minor", "leader", "member", "hombre", "mujer", "niño", "activista",
	"periodista", "opositor", "opositora", "estudiante", "militar", "ciudadano", "ciudadana", "extranjero",
	"extranjera", "dirigente", "líder", "miembro", "recluso", "reclusa", "rehén", "menor", "detainee",
	"professionals", "profesionales", "integrantes", "medics", "doctors", "nurses",
	"enfermeros", "enfermeras", "teachers", "docentes", "maestros", "maestras", "profesores", "profesoras",
	"agents", "agentes", "guards", "guardias", "volunteers", "voluntarios", "voluntarias", "staffers",
	"contractors", "contratistas", "colleagues", "compañeros", "operators", "operarios", "crew", "tripulantes",
	"reporters", "reporteros", "comunicadores", "paramedics", "paramédicos", "policemen", "soldados",
	"babies", "infants", "newborns", "toddlers", "kids", "teenagers", "youths", "bebés", "jóvenes", "médicos",
	"doctores", "elderly", "ancianos", "ancianas", "mothers", "madres", "milicianos", "brigadistas",
	"sailors", "marineros", "seafarers", "marinos",
	"athletes", "atletas", "deportistas", "players", "jugadores", "jugadoras", "futbolistas", "coaches",
	"swimmers", "runners", "cyclists", "nadadores", "corredores", "ciclistas", "muchachos", "muchachas", "chicos", "chicas",
	"entrenadores", "responsables", "directivos", "executives", "ejecutivos", "judges", "jueces", "lawyers",
	"abogados", "abogadas", "priests", "sacerdotes", "nuns", "monjas", "monks", "monjes", "clergy", "bishops",
	"obispos", "candidates", "candidatos", "candidatas", "mayors", "alcaldes", "alcaldesas", "councillors",
	"concejales", "parishioners", "feligreses", "christians", "cristianos", "muslims", "musulmanes",
	"visitors", "visitantes", "viajeros", "viajeras", "travellers", "travelers",
	"pandilleros", "pandilleras", "mareros", "gangsters", "non-combatants", "noncombatants", "bystanders",
	"transeúntes", "commuters", "shoppers", "residentes", "recruits", "reclutas", "cadets", "cadetes",
	"conscripts", "reservists", "reservistas", "prisioneros", "prisioneras", "fugitives", "fugitivos", "prófugos",
	"convicts", "convictos", "lugareños", "indígenas", "comuneros", "jornaleros", "labourers", "laborers",
	"peasants", "schoolgirls", "schoolboys", "colegialas", "universitarios", "universitarias", "ocupantes", "occupants",
	// armed conflict and crime
	"guerrilleros", "guerrilleras", "guerrillas", "rebels", "rebeldes", "insurgents", "insurgentes", "militants",
	"jihadists", "yihadistas", "terrorists", "terroristas", "paramilitaries", "paramilitares", "disidentes",
	"gunmen", "assailants", "asaltantes", "attackers", "atacantes", "agresores", "criminals", "criminales",
	"delincuentes", "hitmen", "sicarios", "narcos", "narcotraficantes", "kidnappers", "secuestradores", "captors",
	"captores", "raiders", "looters", "saqueadores", "rioters", "extremists", "extremistas", "separatists",
	"separatistas", "combatants", "mercenaries", "mercenarios", "gendarmes", "carabineros", "marines",
	"guardsmen", "peacekeepers", "pilots", "pilotos", "escoltas", "bodyguards", "veterans", "veteranos",
	"deserters", "desertores", "defectors", "defendants",
	"offenders", "perpetrators", "perpetradores", "witnesses",
	"testigos", "plaintiffs", "denunciantes", "complainants", "petitioners", "peticionarios", "presidiarios",
	"penados", "commanders",
	"comandantes", "colonels", "coroneles", "captains", "capitanes", "sergeants", "sargentos", "lieutenants",
	"tenientes", "airmen", "aviadores", "policewomen", "policemen", "wardens", "custodios", "vigilantes",
	// health
	"sanitarios", "midwives", "parteras", "caregivers", "cuidadores", "surgeons", "cirujanos",
	"pharmacists", "farmacéuticos", "donors", "donantes", "smokers", "fumadores", "addicts", "adictos",
	"consumidores", "consumers", "dentists", "odontólogos", "psychologists", "psicólogos", "carers",
	// migration
	"seekers", "solicitantes", "stowaways", "polizones", "balseros", "rafters",
	"expatriates", "expats", "emigrants", "emigrantes",
	"connacionales", "compatriotas", "compatriots", "newcomers", "settlers", "colonos",
	// work
	"officials", "technicians", "técnicos", "engineers", "ingenieros", "truckers", "camioneros", "transportistas",
	"taxistas", "mechanics", "mecánicos", "cooks", "cocineros", "waiters", "meseros", "camareros", "cleaners",
	"vendors", "vendedores", "ambulantes", "merchants", "comerciantes", "traders", "shopkeepers", "tenderos",
	"businessmen", "empresarios", "entrepreneurs", "emprendedores", "ranchers", "ganaderos", "herders", "herdsmen",
	"pastores", "shepherds", "loggers", "madereros", "growers", "cultivadores", "cocaleros", "cafeteros",
	"harvesters", "recolectores", "dockers", "estibadores", "builders", "albañiles", "carpenters", "electricians",
	"electricistas", "plumbers", "scientists", "científicos", "researchers", "investigadores", "academics",
	"académicos", "professors", "catedráticos", "magistrados", "magistrates", "artists", "artistas", "musicians",
	"músicos", "actors", "actores", "writers", "escritores", "poets", "poetas", "bloggers", "influencers",
	"photographers", "fotógrafos", "camarógrafos", "editors", "editores", "columnists", "columnistas",
	"broadcasters", "locutores", "presenters", "presentadores", "attendants", "azafatas", "crewmembers", "seamen",
	"fishers", "divers", "buzos", "rangers", "guardabosques", "guardaparques", "nurses", "humanitarians",
	"humanitarios", "cooperantes", "missionaries", "misioneros", "observers", "observadores", "monitors",
	"inspectors", "inspectores", "auditors", "auditores", "censistas", "enumerators", "delegates", "delegados",
	"envoys", "enviados", "diplomats", "diplomáticos", "ambassadors", "embajadores", "ministros", "ministers",
	"senators", "senadores", "senadoras", "congressmen", "congresistas", "legislators", "legisladores",
	"parliamentarians", "parlamentarios", "diputados", "diputadas", "regidores", "regidoras", "concejalas",
	"governors", "gobernadores", "oficiales", "apprentices", "aprendices", "trainees", "interns", "pasantes",
	"educators", "educadores", "rectores", "principals", "directores", "directoras",
	// politics and society
	"critics", "críticos", "picketers", "piqueteros", "afiliados", "followers",
	"seguidores", "partisans", "partidarios", "loyalists", "aspirants", "aspirantes", "precandidatos", "nominees",
	"taxpayers", "contribuyentes", "beneficiaries", "beneficiarios", "recipients", "pensioners", "pensionistas",
	"pensionados", "jubilados", "retirees", "indigentes", "orphans", "huérfanos", "widows",
	"viudas", "relatives", "familiares", "parents", "padres", "fathers", "brothers", "hermanos", "sisters",
	"hermanas", "sons", "hijos", "daughters", "hijas", "grandchildren", "nietos", "husbands", "esposos", "wives",
	"esposas", "twins", "gemelos", "neonatos", "lactantes", "youngsters", "teens", "seniors",
	"señoras", "señores", "nativos", "natives", "tribesmen", "afrodescendientes", "afrocolombianos", "gitanos",
	"homosexuals", "homosexuales", "believers", "creyentes", "devotees", "devotos", "romeros", "clerics",
	"clérigos", "rabbis", "rabinos", "pastors", "preachers", "predicadores", "seminarians", "seminaristas",
	"catechists", "catequistas", "jews", "judíos", "hindus", "hindúes", "sikhs", "buddhists", "budistas",
	"catholics", "católicos", "protestants", "protestantes", "evangelicals", "evangélicos", "shiites", "chiíes",
	"sunnis", "suníes", "alawites", "alauitas", "drusos", "kurds", "kurdos", "yazidis", "yazidíes", "uyghurs",
	"uigures", "tamils", "tamiles", "pastoralists", "nomads", "nómadas", "graduates", "graduados", "egresados",
	"scholars", "becarios", "learners",
	// leisure, transport, customers
	"riders", "jinetes", "boxers", "boxeadores", "wrestlers", "luchadores", "referees", "árbitros", "footballers",
	"surfers", "surfistas", "bathers", "bañistas", "beachgoers", "holidaymakers", "vacationers", "veraneantes",
	"revellers", "partygoers", "concertgoers", "diners", "comensales", "clients", "subscribers", "suscriptores",
	"abonados", "motorists", "automovilistas", "pedestrians", "peatones", "motorcyclists", "motociclistas",
	"motoristas", "bikers",
)

// adjectivalPeopleNouns are Spanish nouns of people that also qualify a
// noun after it: "organizaciones criminales", "centros médicos", "grupos
// paramilitares". After another noun they are its adjective, not the
// people a number counts.
var adjectivalPeopleNouns = newWordSet("acusados", "acusadas", "criminales", "oficiales", "críticos", "sanitarios", "humanitarios",
	"técnicos", "científicos", "académicos", "católicos", "evangélicos", "protestantes", "nativos", "paramilitares",
	"extremistas", "separatistas", "terroristas", "yihadistas", "rebeldes", "insurgentes", "disidentes",
	"guerrilleros", "ambulantes", "diplomáticos", "judíos", "musulmanes", "cristianos", "indígenas",
	"afrodescendientes", "gitanos", "nómadas", "mercenarios", "militares", "civiles", "extranjeros", "extranjeras",
	"universitarios", "universitarias", "escolares", "médicos", "profesionales", "voluntarios", "internos",
	"privados", "mayores", "menores", "jóvenes", "humanos", "sindicalistas", "opositores", "comerciantes")

// relativeAuxiliaries may stand between a relative pronoun and its verb:
// "que han sido excarcelados", "who were freed".
var relativeAuxiliaries = newWordSet("were", "was", "had", "have", "has", "been", "being", "are", "is", "ya",
	"already", "han", "habían", "había", "ha", "sido", "fueron", "fue", "están", "estaban", "se", "resultaron",
	"resultó", "resultado", "quedaron", "quedó", "permanecían", "permanecía", "permanecen", "permanece", "seguían",
	"seguía", "remained", "remain", "remains")

// auxiliaries start a predicate after a noun: "400 prisoners had gone home".
var auxiliaries = newWordSet("had", "have", "has", "were", "was", "are", "is", "will", "would", "could", "may",
	"han", "habían", "había", "ha", "fueron", "fue", "son", "eran", "serán", "se", "están", "estaban",
	"podrían", "pueden", "deben", "tienen", "tenían", "did", "do")

// perfectAuxiliaries open the main verb of a clause after its subject's
// long modifiers: "153 people held under the emergency powers … have
// died".
var perfectAuxiliaries = newWordSet("have", "has", "had", "were", "was", "han", "habían", "había", "fueron", "ha")

// predicateAdverbs may stand between a noun and its verb.
var predicateAdverbs = newWordSet("still", "already", "also", "now", "ya", "aún", "todavía", "también", "ahora", "so", "far",
	"reportedly", "recently", "finally", "since", "recién", "finalmente")

// futureTerms are event terms in the future tense: a plan, not something
// that happened.
var futureTerms = newWordSet("excarcelará", "excarcelarán", "liberará", "liberarán", "excarcelaría",
	"excarcelarían", "liberaría", "liberarían", "detendrá", "detendrán", "arrestará", "arrestarán")

// participleTerms are detention terms that are past participles without a
// regular ending: "held", "presos".
var participleTerms = newWordSet("held", "jailed", "imprisoned", "presos", "presas")

// disputeVerbs put a number in doubt: their subject does not state it.
var disputeVerbs = phrasesOf(1, "cuestionó", "cuestiona", "cuestionan", "cuestionaron", "questioned", "questions",
	"disputed", "disputes", "contested", "contests", "rechazó", "rechaza", "desmintió", "desmiente", "puso en duda",
	"pone en duda", "denied", "denies", "negó", "niega", "rejected", "rejects", "refuted", "refutes",
	"dismissed", "dismisses", "did not believe", "does not believe", "do not believe", "no evidence", "no cree",
	"no creía", "no creen", "ninguna prueba", "sin pruebas", "desestimó", "desestima", "rechazaron", "rechazan",
	"negaron", "niegan", "desmintieron", "desmienten", "desestimaron", "pusieron en duda", "ponen en duda",
	"rejecting", "denying", "disputing", "dismissing", "refuting", "disprove", "disproves",
	"disproved", "negando", "rechazando", "desmintiendo", "cuestionando", "poner en duda", "puesto en duda",
	"descartó", "descarta", "descartaron", "descartan", "ruled out", "rules out", "withdrew the figure",
	"withdrew a figure", "withdrew an earlier figure", "withdrew its figure", "retracted", "retracts")

// impersonalReportVerbs report after an impersonal "se": "se indica que",
// "se informó que". The source is the one last named.
var impersonalReportVerbs = newWordSet("indica", "indicó", "informa", "informó", "precisa", "precisó", "detalla",
	"detalló", "señala", "señaló", "explica", "explicó", "añade", "añadió", "agrega", "agregó", "afirma",
	"afirmó", "asegura", "aseguró", "sostiene", "sostuvo", "lee", "leía", "destaca", "destacó")

// impersonalCountVerbs count after an impersonal "se": "se documentaron".
var impersonalCountVerbs = newWordSet("documentaron", "documentado", "verificaron", "verificado", "registraron",
	"registrado", "contabilizaron", "contabilizado", "confirmaron", "confirmado", "documentó", "verificó",
	"registró", "contabilizó", "confirmó", "cuentan", "contaron")

// statedFillers may stand between a counting verb and the number it
// states: "contabilizaba hasta el domingo cerca de 800", "registra en
// Venezuela un total de 687", "said there were 863".
var statedFillers = newWordSet("que", "that", "there", "are", "were", "is", "was", "hay", "había", "existen",
	"un", "una", "de", "of", "a", "al", "en", "in", "hasta", "until", "since", "desde", "as", "por", "at", "on",
	"país", "country", "actualmente", "currently", "momento", "fecha", "date", "corte", "cierre", ",", "actual",
	"current", "latest", "último", "última", "new", "nueva", "nuevo", "updated", "actualizada", "actualizado")

// organisationNouns refer to an organisation without naming it.
var organisationNouns = newWordSet("group", "organization", "organisation", "ngo", "ong", "organización", "agrupación",
	"coalition", "coalición", "federation", "federación", "alliance", "alianza", "network", "collective", "colectivo",
	"asociación", "association", "watchdog", "charity")

// demonstratives point back to what the text just named: "esa
// coalición", "this group", "dicha organización".
var demonstratives = newWordSet("this", "that", "these", "those", "este", "esta", "estos", "estas", "ese", "esa",
	"esos", "esas", "aquel", "aquella", "aquellos", "aquellas", "dicho", "dicha", "dichos", "dichas")

// firstPersonWords mark a text written by its source: "our lawyers
// verified", "hemos documentado".
var firstPersonWords = newWordSet("we", "our", "us", "nosotros", "nosotras", "nuestro", "nuestra", "nuestros",
	"nuestras", "hemos", "verificamos", "registramos", "contabilizamos", "documentamos", "confirmamos",
	"tenemos", "contamos")

// ourOrganisation names the speaker as an organisation in the first
// person: "nuestra organización", "our group". Quoted without a speaker, it
// is the organisation last named.
var ourOrganisation = phrasesOf(1, "nuestra organización", "nuestra ong", "our organization", "our organisation",
	"our group", "nuestro equipo", "our team")

// subgroupNouns name a part of the people a tracker counts: a count of
// them is a breakdown, not the total.
var subgroupNouns = newWordSet("women", "men", "minors", "children", "adolescents", "teenagers", "foreigners",
	"soldiers", "officers", "journalists", "students", "civilians", "mujeres", "hombres", "menores", "niños",
	"adolescentes", "extranjeros", "extranjeras", "militares", "periodistas", "estudiantes", "civiles",
	"uniformados", "policías", "sindicalistas", "adultos", "adultas", "nationals", "venezuelans", "venezolanos")

// demographicNouns name people by age, sex or nationality: a count of them
// is a part of a count, unless the tracker counts just them.
var demographicNouns = newWordSet("women", "men", "minors", "children", "adolescents", "teenagers", "foreigners",
	"girls", "boys", "mujeres", "hombres", "menores", "niños", "niñas", "adolescentes", "extranjeros",
	"extranjeras", "nationals")

// demographicGroups are the demographicNouns that name the same people,
// in both languages.
var demographicGroups = [][]string{
	{"children", "minors", "kids", "adolescents", "teenagers", "girls", "boys", "infants", "babies", "niños", "niñas",
		"menores", "adolescentes", "bebés"},
	{"women", "mujeres"},
	{"men", "hombres"},
	{"foreigners", "nationals", "extranjeros", "extranjeras"},
}

// themPronouns after "of" make a number a part of a count just given:
// "444 of them", "16.681 de ellas".
var themPronouns = newWordSet("them", "those", "these", "ellos", "ellas", "estos", "estas", "esos", "esas", "aquellos")

// expectedWords before a number make it a baseline or a forecast: "se
// esperaban 576.955 muertes", "were expected".
var expectedWords = newWordSet("esperaban", "esperaba", "esperan", "esperaría", "expected", "predicted", "projected",
	"forecast", "proyectaba", "proyectan", "preveía", "prevé", "prevén", "espera")

// genericPeople count people without saying who they are.
var genericPeople = newWordSet("people", "persons", "individuals", "personas", "individuos")

// caseNouns count what a tracker counts without naming it: "31 cases".
var caseNouns = newWordSet("cases", "casos")

// looseStateTerms are state terms that only say "still" (alone or after
// "se"): "siguen con medidas cautelares", "remain under house arrest" are
// not in prison.
var looseStateTerms = newWordSet("remain", "remains", "remained", "remaining", "siguen", "seguían", "permanecen",
	"permanecían", "continúan", "continuaban", "quedan", "quedaban", "mantienen")

// notInPrisonAfter follow a loose state term that is not detention.
var notInPrisonAfter = newWordSet("con", "sin", "with", "without", "on", "libres", "free", "at", "bajo", "under",
	"sujetos", "sujetas", "subject", "pendientes", "pending", "fuera", "outside", "abroad", "exiled", "exiliados",
	"en", "in")

// skipAfterNumber are modifiers between a number and its noun:
// "56 political prisoners", "400 nuevos presos".
var skipAfterNumber = newWordSet(
	"political", "metric", "more", "other", "additional", "new", "further", "alleged", "so-called", "former",
	"major", "main", "key", "large", "big", "small", "principales", "grandes",
	"foreign", "jailed", "detained", "imprisoned", "opposition", "total",
	"políticos", "políticas", "político", "más", "nuevos", "nuevas", "adicionales", "presuntos",
	"presuntas", "extranjeros", "de", "of", "the", "los", "las", "them", "ellos",
)

// bareFollowers are words after which a number stands alone ("400 have
// been freed", "a figure of 400 in total"): the number is not a count of a
// different noun.
var bareFollowers = newWordSet(
	"of", "in", "on", "at", "to", "for", "since", "by", "with", "from", "and", "or", "but", "as",
	"that", "who", "which", "whom", "so", "far", "so far", "now", "already", "alone", "altogether",
	"this", "these", "last", "between", "among", "under", "until", "after", "before", "during",
	"have", "has", "had", "were", "was", "are", "is", "been", "being", "be", "will", "would", "could",
	"may", "might", "should", "must", "did", "do", "does", "had", "were", "while", "according",
	"according to", "said", "says", "say", "the", "a", "an", "its", "their", "his", "her", "it",
	"they", "them", "people's", "yet", "still", "only", "just", "total", "overall", "all", "each",
	"de", "del", "en", "a", "al", "para", "por", "desde", "con", "y", "e", "o", "u", "pero", "que",
	"quienes", "cuales", "como", "ya", "hasta", "durante", "tras", "antes", "después", "entre", "según",
	"han", "ha", "habían", "había", "fueron", "fue", "eran", "era", "son", "es", "están", "estaban",
	"serán", "serían", "podrían", "habrían", "hubieran", "sido", "se", "le", "les", "lo", "la", "los",
	"las", "el", "su", "sus", "este", "esta", "estos", "estas", "mientras", "sin", "cuando", "donde",
	"in total", "en total", "hasta ahora", "hasta el momento", "ahora", "solo", "sólo", "apenas",
	"personas", "más", "menos", "aproximadamente",
	"early", "earlier", "later", "then", "today", "yesterday", "overnight", "initially", "first", "at first",
	"ayer", "hoy", "luego", "inicialmente", "primero", "entonces",
	"when", "where", "because", "although", "though", "if", "unless", "once", "whereas", "amid", "despite",
	"porque", "aunque", "si", "pese", "tras", "sino", "ni",
	"over", "across", "through", "throughout", "within", "against", "nationwide", "worldwide", "sobre", "contra",
	"frente", "bajo", "ante", "hacia", "mediante",
	// Spanish verbs in the present or the imperfect that follow a bare
	// count: "125 figuran como secuestrados", "700 permanecen detenidos"
	"figuran", "figuraban", "permanecen", "permanecían", "siguen", "seguían", "continúan", "continuaban",
	"quedan", "quedaban", "viven", "vivían", "aparecen", "constan", "corresponden", "correspondían",
	"padecen", "sufren", "sufrían", "necesitan", "requieren", "reciben", "recibían", "esperan", "aguardan",
	"trabajan", "cumplen", "estarían", "habrían", "serían",
	// verbs of inclusion whose subject is the count: "the toll of 212
	// includes 40 foreigners", "el balance de 212 incluye a 40 extranjeros"
	"includes", "include", "comprises", "contains", "incluye", "incluyen", "incluía", "comprende", "abarca",
)

// irregularParticiples are English past participles that do not end in
// "-ed": after a number and before a preposition they say what was done
// to what it counts ("the toll of 212 given by civil protection", "the
// 400 held in El Rodeo"), not which noun it counts; before a noun they
// modify it ("a thousand known connections").
var irregularParticiples = newWordSet(
	"given", "taken", "shown", "known", "seen", "held", "found", "brought", "caught", "kept", "sent", "hidden",
	"stolen", "driven", "thrown", "withdrawn", "written", "beaten", "chosen", "overseen", "undertaken", "cast",
	"frozen", "broken", "shot", "hit", "struck", "burnt", "torn", "blown", "shut", "lost", "won", "spent", "sold",
	"bought", "built", "dug", "swept",
)

// figureNouns stand for a figure named elsewhere: "a figure of 400", "la
// cifra de 56".
var figureNouns = newWordSet(
	"figure", "figures", "number", "numbers", "total", "tally", "count", "toll", "estimate", "sum",
	"cifra", "cifras", "número", "números", "total", "balance", "conteo", "recuento", "saldo", "registro", "dato",
	"registros", "records",
)

// pluralFigureNouns after a term make a number a count of figures: "two
// release totals", "tres cifras de muertos".
var pluralFigureNouns = newWordSet("totals", "figures", "counts", "tallies", "tolls", "estimates", "numbers",
	"cifras", "balances", "recuentos", "conteos", "números")

// personNounsSingular mark "one"/"un" as a count: "one prisoner".
var unitNumberWords = newWordSet("one", "uno", "un", "una")

// timeUnitModifier reports whether w may stand between a number and a
// unit of time, making the whole a duration: "three voting days", "five
// consecutive days", "two working weeks".
func timeUnitModifier(w string) bool {
	return len(w) > 4 && strings.HasSuffix(w, "ing") || timeModifiers.has(w)
}

// backDemonstratives point back to what was said before: "those words",
// "esa declaración".
var backDemonstratives = newWordSet("those", "these", "that", "this", "esos", "esas", "estos", "estas", "ese", "esa",
	"este", "esta", "dichos", "dichas", "dicho", "dicha", "tales")

// timeModifiers describe a span of time: "five consecutive days".
var timeModifiers = newWordSet("business", "school", "consecutive", "straight", "full", "calendar", "long")

// timeUnits after a number make it a duration or an age.
var timeUnits = newWordSet(
	"second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "h", "day", "days",
	"night", "nights", "week", "weeks", "month", "months", "year", "years", "yr", "yrs", "decade", "decades",
	"century", "centuries", "weekend", "weekends", "year-old", "years-old", "month-old", "day-old",
	"segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "noche", "noches",
	"semana", "semanas", "mes", "meses", "año", "años", "década", "décadas", "siglo", "siglos",
	"jornada", "jornadas", "lustro", "lustros", "am", "pm", "a.m.", "p.m.", "o'clock", "gmt", "utc",
)

// months, English and Spanish, with common abbreviations.
var monthNames = newWordSet(
	"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
	"november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
	"nov", "dec",
	"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre",
	"octubre", "noviembre", "diciembre", "ene", "abr", "ago", "dic",
)

var weekdays = newWordSet(
	"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
	"lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo",
)

// currencyBefore precede an amount of money: "$400", "USD 300", "Bs. 400".
var currencyBefore = newWordSet(
	"$", "€", "£", "¥", "₡", "₲", "₽", "₹", "₱", "us", "usd", "us$", "eur", "ves", "vef", "bs", "bsf", "bss",
	"cop", "ars", "mxn", "brl", "pen", "clp", "gbp", "r$", "s/", "rs", "inr", "tk", "bdt", "pkr", "rp", "php",
)

// currencyAfter follow an amount: "400 dollars", "2 millones de dólares".
var currencyAfter = newWordSet(
	"dollar", "dollars", "usd", "euro", "euros", "eur", "bolivar", "bolivars", "bolívares", "bolívar",
	"bs", "pesos", "peso", "soles", "reais", "reales", "yuan", "rubles", "rublos", "pounds", "libras",
	"$", "€", "£", "dólares", "dólar", "ves", "bucks", "cents", "céntimos", "centavos", "rupees", "rupias",
	"taka", "yen", "yenes", "francs", "francos", "shillings", "chelines", "naira", "rand", "hryvnias", "grivnas",
)

// percentAfter follow a percentage.
var percentAfter = phrasesOf(1, "%", "percent", "per cent", "por ciento", "porciento", "pct", "percentage",
	"percentage points", "puntos porcentuales", "por cien", "‰")

// labelNouns precede a number that names something rather than counts it:
// "Article 49", "artículo 49", "Resolution 2758", "No. 5".
var labelNouns = newWordSet(
	"article", "articles", "artículo", "artículos", "art", "resolution", "resolución", "law", "ley", "decree",
	"decreto", "section", "sección", "chapter", "capítulo", "page", "página", "pag", "item", "number",
	"número", "nº", "n°", "núm", "num", "no", "#", "room", "cell", "celda", "pabellón", "expediente",
	"file", "bill", "flight", "vuelo", "route", "ruta", "highway", "carretera", "autopista", "interstate", "floor", "piso", "gate", "row", "fila",
	"paragraph", "párrafo", "inciso", "clause", "cláusula", "punto", "code", "código", "phase", "fase",
	"stage", "etapa", "level", "nivel", "grade", "zone", "zona", "district", "circuit", "circuito",
	"station", "precinct", "unit", "unidad", "block", "bloque", "version", "versión", "season", "temporada",
	"episode", "episodio", "volume", "tomo", "edition", "edición", "round", "ronda", "rule", "title",
	"título", "annex", "anexo", "protocol", "amendment", "enmienda", "line", "línea", "channel", "canal",
	"km", "kilometer", "kilómetro", "mile", "tower", "torre", "sala", "juzgado", "tribunal", "calle",
	"street", "avenue", "avenida", "apartment", "puesto", "lugar", "ranked", "decreto-ley", "pope",
	"causa", "oficio", "sentencia", "ruling", "docket", "figura", "tabla", "table", "gaceta",
	"gazette", "tel", "phone", "teléfono", "telephone", "fax", "whatsapp", "call", "llame", "llamar",
	"ext", "extension", "code", "pin", "id", "cédula", "passport", "pasaporte", "plate", "placa",
	"model", "modelo", "quarter", "trimestre", "batch", "category", "categoría", "verse", "versículo", "magnitude", "magnitud",
)

// ageWords before a number make it an age.
var ageWords = newWordSet("aged", "age", "ages", "edad", "edades")

// ageReachedWords before a bare number make it an age reached: "before
// they turned 18", "antes de cumplir 15".
var ageReachedWords = newWordSet("turned", "turning", "turn", "turns", "cumplir", "cumplió", "cumplan", "cumplieran")

// yearPrepositions before a four-digit number make it a year.
var yearPrepositions = newWordSet(
	"in", "since", "of", "until", "by", "before", "after", "during", "from", "to", "year", "late", "early",
	"mid", "summer", "winter", "spring", "autumn", "fall", "through", "circa", "around",
	"en", "desde", "de", "del", "hasta", "antes", "después", "durante", "año", "a", "para", "hacia", "entre",
	"verano", "invierno", "primavera", "otoño", "finales", "principios", "mediados",
)

// timePrefixes before a small number make it a clock time ("a las 3").
var timePrefixes = phrasesOf(1, "a las", "las", "a la", "desde las", "hasta las", "sobre las", "hacia las")

// timeSuffixes after a number make it a clock time.
var timeSuffixes = phrasesOf(1, "am", "pm", "a.m.", "p.m.", "a. m.", "p. m.", "o'clock", "h", "hrs", "horas", "hora",
	"de la tarde", "de la mañana", "de la noche", "de la madrugada", "del mediodía", "gmt", "utc", "hora local", "local time")

// subsetMarkers before a number make it a part of another count: "including
// 12 women", "entre ellos 12 extranjeros".
var subsetMarkers = phrasesOf(1,
	"including", "among them", "among whom", "among those", "of whom", "of which", "of those", "incluidos",
	"incluidas", "incluyendo", "entre ellos", "entre ellas", "de los cuales", "de las cuales", "entre los que",
	"entre las que", "entre quienes", "include", "includes", "included", "incluye", "incluyen", "such as",
	"incluye a", "incluyen a", "incluía a", "incluían a", "incluyó a", "incluyeron a", "among whom were",
	"de los que", "de las que", "de quienes", "made up of", "is made up of", "consists of", "comprises",
	"broken down into", "se compone de", "se reparten en", "se desglosan en", "se dividen en",
)

// baseMarkers between two numbers make the second a base: "56 of the 863".
var baseMarkers = func() *phraseSet {
	ps := phrasesOf(1, "of", "of the", "de", "de los", "de las", "from the", "de entre", "sobre")
	// these make a base even when no number stands just before them (not
	// "all of the 512 passengers were taken off": all of them, the count;
	// but "almost all of the 1,600 charged" is a part)
	for _, p := range []string{"out of", "out of the", "out of a total of", "de un total de", "of a total of",
		"del total de", "sobre un total de", "from a total of", "out of some", "de un universo de",
		"la mayoría de los", "la mayoría de las", "most of the", "half of the", "la mitad de los",
		"la mitad de las", "many of the", "muchos de los", "muchas de las", "some of the", "algunos de los",
		"algunas de las", "several of the", "almost all of the", "almost all the", "nearly all of the", "nearly all the",
		"virtually all of the", "casi todos los", "casi todas las"} {
		ps.add(p, 2)
	}
	return ps
}()

// changeVerbs before "from X to Y" make it a change, not a range: the
// figure is Y.
var changeVerbs = newWordSet(
	"rose", "risen", "rising", "increased", "increasing", "grew", "grown", "climbed", "jumped", "went",
	"gone", "up", "raised", "revised", "fell", "dropped", "decreased", "down", "lowered", "updated",
	"aumentó", "aumentaron", "subió", "subieron", "pasó", "pasaron", "elevó", "elevaron", "ascendió", "creció",
	"crecieron", "saltó", "bajó", "bajaron", "disminuyó", "actualizó", "cambió", "corrigió", "amplió",
	"fallen", "falling", "declined", "decline", "declining", "shrank", "shrunk", "plunged", "surged", "soared",
	"cayó", "cayeron", "descendió", "descendieron", "disminuyeron", "redujo", "reducido", "reducida",
	// perfect and infinitive: "ha pasado de 373 a 429", "al pasar de 6.344 a 11.877"
	"pasado", "pasar", "aumentado", "aumentar", "subido", "subir", "crecido", "crecer", "elevado", "bajado",
	"bajar", "caído", "caer", "disminuido", "disminuir", "descendido", "descender", "incrementó", "incrementado",
)

// Qualifiers: phrases that precede a number.
var qualifierBefore = func() *phraseSet {
	ps := newPhraseSet()
	for q, list := range map[tracker.Qualifier][]string{
		tracker.AtLeast: {"at least", "more than", "over", "upwards of", "in excess of", "above", "no fewer than",
			"no less than", "not less than", "a minimum of", "at a minimum", "just over", "a little over", "well over",
			"al menos", "más de", "por lo menos", "superior a", "como mínimo", "no menos de", "un mínimo de",
			"poco más de", "algo más de", "mínimo", "arriba de", "por encima de", "cuando menos", "ya más de",
			"más de un total de", "at least another", "more than another", "al menos otros", "al menos otras",
			"supera", "superan", "supera las", "supera los", "superan las", "superan los", "exceeds", "exceeded",
			"surpassed", "tops", "topped", "supera ya", "superan ya", "supera ya los", "supera ya las", "superan ya los",
			"superan ya las", "supera el", "superan el", "superó el", "superaron el", "ha superado el", "han superado el",
			"superado el", "rebasó el", "ha rebasado el", "sobrepasó el", "ha sobrepasado el",
		},
		tracker.AtMost: {"at most", "up to", "fewer than", "less than", "no more than", "not more than", "as many as", "as high as",
			"a maximum of", "just under", "hasta", "menos de", "no más de", "como máximo", "un máximo de", "a lo sumo",
			"poco menos de", "hasta un total de",
		},
		tracker.About: {"about", "around", "nearly", "almost", "approximately", "some", "roughly", "close to",
			"an estimated", "estimated", "approx.", "approx", "circa", "around some", "roughly some", "nearly some",
			"casi", "unos", "unas", "alrededor de", "aproximadamente", "cerca de", "en torno a", "aprox.", "aprox",
			"unos aproximadamente", "aproximadamente unos", "aproximadamente unas", "más o menos", "cerca de unos",
			"alrededor de unos", "alrededor de unas", "cerca de unas", "some estimated", "~", "≈",
		},
		tracker.Exact: {"only", "just", "a total of", "exactly", "precisely", "solo", "sólo", "apenas", "únicamente",
			"un total de", "exactamente", "justo", "otros", "otras", "another", "an additional", "a further",
			"adding up to", "add up to", "adds up to", "added up to", "amounting to", "totalling", "totaling",
		},
	} {
		for _, p := range list {
			ps.add(p, qualifierID(q))
		}
	}
	return ps
}()

var qualifierOrder = []tracker.Qualifier{tracker.Exact, tracker.AtLeast, tracker.AtMost, tracker.About}

func qualifierID(q tracker.Qualifier) int {
	for i, x := range qualifierOrder {
		if x == q {
			return i
		}
	}
	return 0
}

// qualifierAfter follow a number: "400 or more".
var qualifierAfter = func() *phraseSet {
	ps := newPhraseSet()
	for _, p := range []string{"or more", "o más", "and more", "y más", "at least", "como mínimo", "or over"} {
		ps.add(p, qualifierID(tracker.AtLeast))
	}
	for _, p := range []string{"or so", "más o menos", "aproximadamente", "approximately", "or thereabouts"} {
		ps.add(p, qualifierID(tracker.About))
	}
	for _, p := range []string{"or fewer", "or less", "o menos", "at most", "como máximo"} {
		ps.add(p, qualifierID(tracker.AtMost))
	}
	return ps
}()

// Attribution cues.
const (
	cueVerb   = 1 // "said", "informó": the actor is its subject (before it) or follows it ("said Foro Penal")
	cuePrefix = 2 // "according to", "según": the actor follows
)

// cueVerbs state or report a figure.
var cueVerbs = phrasesOf(cueVerb,
	"said", "says", "say", "told", "reported", "reports", "report", "confirmed", "confirms", "confirm", "claimed",
	"claims", "claim", "stated", "states", "announced", "announces", "announce", "counted", "counts", "count",
	"documented", "documents", "verified", "verifies", "verify", "registered", "recorded", "records", "tallied",
	"tallies", "listed", "lists", "estimated", "estimates", "estimate", "put", "puts", "added", "noted", "notes",
	"insisted", "insists", "asserted", "asserts", "maintained", "maintains", "declared", "declares", "affirmed",
	"alleged", "alleges", "acknowledged", "acknowledges", "admitted", "admits", "explained", "revealed",
	"reveals", "disclosed", "published", "posted", "wrote", "writes", "tweeted", "indicated", "indicates",
	"stressed", "boasted", "touted", "informed", "has documented", "has verified", "has counted",
	"has confirmed", "has said", "has reported", "has claimed", "has registered", "has recorded",
	"informó", "informa", "informan", "informaron", "confirmó", "confirma", "confirman", "confirmaron",
	"aseguró", "asegura", "aseguran", "aseguraron", "afirmó", "afirma", "afirman", "afirmaron", "dijo", "dice",
	"dicen", "dijeron", "contabiliza", "contabilizó", "contabilizan", "contabilizaron", "contabilizaba",
	"registró", "registra", "registran", "registraron", "denunció", "denuncia", "denuncian", "denunciaron",
	"señaló", "señala", "señalan", "señalaron", "indicó", "indica", "indican", "indicaron", "anunció", "anuncia",
	"anuncian", "anunciaron", "declaró", "declara", "declararon", "precisó", "precisa", "detalló", "detalla",
	"sostuvo", "sostiene", "agregó", "añadió", "explicó", "reveló", "admitió", "reconoció", "reconoce",
	"publicó", "publica", "difundió", "comunicó", "insistió", "aclaró", "destacó", "subrayó", "apuntó",
	"manifestó", "expresó", "reportó", "reporta", "reportan", "reportaron", "estimó", "estima", "estiman",
	"tiene registro de", "tienen registro de", "tenía registro de", "tiene registrados", "tiene registradas",
	"tiene contabilizados", "tiene contabilizadas", "tiene documentados", "tiene documentadas",
	"cifró", "cifra en", "calcula", "calculó", "calculan", "calcularon", "estimaron",
	"contaron", "cuentan", "computaron", "computan", "documentó", "documenta", "documentaron", "verificó", "verifica",
	"verificaron", "eleva", "elevó", "elevan", "elevaron", "sitúa", "situó", "sitúan", "situaron", "contó", "cuenta", "lleva", "llevaba", "ha documentado",
	"ha verificado", "ha confirmado", "ha registrado", "ha contabilizado", "ha informado", "ha dicho",
	"ha asegurado", "ha denunciado", "han documentado", "han verificado", "han confirmado", "han registrado",
	"han contabilizado", "proclamó", "celebró", "presumió", "alegó", "alega", "habla de", "hablan de", "hablado de",
	"habló de", "hablaron de", "talks of", "talked of", "speaks of", "spoke of", "reivindica", "reivindicó",
	"defiende", "reclama", "sostienen", "aseveró", "asevera", "apunta", "cita", "citó", "verificar", "confirmar",
	"contabilizar", "documentar", "registrar", "constatar", "constató", "constata", "sumó", "spoken of",
	"has spoken of", "computaba", "computa", "registraba", "contabilizaban", "documentaba",
	"había anunciado", "habían anunciado", "ha anunciado", "han anunciado", "había informado", "había dicho",
	"había asegurado", "había afirmado", "había confirmado", "había verificado", "había contabilizado",
	"había registrado", "había documentado", "habían confirmado", "habían verificado", "cifraba", "cifran",
	"cifraron", "situó en", "sitúa en", "documentan", "verifican", "lamentó", "lamenta", "advirtió",
	"advierte", "alertó", "recordó", "enfatizó", "reiteró", "mencionó", "comentó", "subraya", "explica",
	"lamented", "warned", "recalled", "reiterated", "argued", "mentioned", "estimating", "counting",
	"reporting", "saying", "claiming", "documenting", "asserting", "noting", "adding", "stressing", "insisting",
	"asegurando", "afirmando", "insistiendo", "añadiendo", "precisando", "señalando", "diciendo",
	"puntualizó", "puntualiza", "acotó", "resaltó", "remarcó", "sentenció", "matizó", "advirtieron",
	// what a study finds: "the Brennan Center found that almost 16 million people were removed"
	"found that", "finds that", "concluded that", "concludes that", "encontró que", "halló que", "concluyó que",
	"concluye que",
	// the plural of the verbs above: "las autoridades precisaron que …"
	"aclararon", "acotaron", "admitieron", "agregaron", "alegaron", "alertaron", "apuntaron", "aseveraron",
	"añadieron", "comentaron", "comunicaron", "constataron", "destacaron", "detallaron", "difundieron",
	"enfatizaron", "explicaron", "expresaron", "insistieron", "lamentaron", "manifestaron", "mencionaron",
	"precisaron", "publicaron", "puntualizaron", "reconocieron", "recordaron", "reiteraron", "remarcaron",
	"resaltaron", "revelaron", "subrayaron", "sostuvieron", "detallan", "precisan", "explican", "añaden",
	"agregan", "destacan", "revelan", "reconocen", "admiten", "publican", "difunden", "recuerdan", "subrayan",
	"advierten", "alertan",
	"reportó que", "reza", "denunciando", "señalando", "indicando", "informando", "asegurando", "afirmando",
	"han informado", "han dicho", "han señalado", "han reportado", "han asegurado", "han afirmado",
	"han indicado", "ha indicado", "ha señalado", "ha reportado", "ha afirmado", "have said", "have reported",
	"have documented", "have counted", "have confirmed", "have claimed", "had said", "had reported",
	"gave", "dio a conocer", "dieron a conocer", "dio", "dieron", "ofreció", "ofrecieron",
	"rebajó", "rebaja", "rebajaron", "redujo", "lowered", "revised", "has revised",
	// telling what one saw, or answering: "«…», relató una voluntaria"
	"relató", "relata", "relataron", "narró", "narraron", "contestó", "testificó", "recounted", "replied", "testified",
)

// figureVerbs state a figure's value: "Foro Penal's stands at 56", "la
// cifra asciende a 104".
var figureVerbs = phrasesOf(1,
	"stands at", "stood at", "stand at", "totals", "totaled", "totalled", "reached", "has reached", "rose to",
	"climbed to", "increased to", "grew to", "now stands at", "is now", "se sitúa en", "asciende a",
	"ascendió a", "ascienden a", "ascendía a", "llega a", "llegó a", "suma", "sumaba", "suman", "alcanza",
	"alcanzó", "se eleva a", "se elevó a", "se ubica en", "se ubicó en", "quedó en", "queda en",
	"peaked at", "had peaked at", "topped", "reached a peak of", "alcanzó un máximo de", "llegó a un máximo de",
	"aumentó a", "aumenta a", "aumentaron a", "subió a", "sube a", "subieron a", "creció a", "se disparó a",
	"bajó a", "baja a", "descendió a", "se redujo a", "se situó en", "jumped to", "fell to", "dropped to",
	"rises to", "climbs to", "has risen to", "had risen to", "has climbed to", "now stands at",
	"has passed", "passed", "surpassed", "has surpassed", "exceeded", "has exceeded", "superó", "ha superado",
	"supera", "sobrepasó", "ha sobrepasado", "rebasó", "ha rebasado",
	"sube ya a", "asciende ya a", "ascendía ya a", "llega ya a", "se eleva ya a", "suma ya", "ya suma",
	"ya asciende a", "alcanza ya", "ya alcanza", "has now reached", "now totals", "has already reached",
	"already stands at", "llegan a", "llegaron a", "llegan ya a", "ascienden ya a", "suman ya", "ya suman",
	"sumaron", "sumó", "sumaban", "totalizaron", "totalizó", "totalizan", "ascendieron a", "alcanzaron",
	"alcanzan", "se elevaron a", "se elevan a", "totalled", "total",
	"se ha elevado a", "se han elevado a", "ha ascendido a", "han ascendido a", "ha llegado a", "ha subido a",
	"ha aumentado a", "ha crecido a", "has risen to", "had climbed to", "had reached", "has grown to",
)

// backReferenceWords make a source noun refer to one already named: "el
// mismo balance", "ese informe", "the same report".
var backReferenceWords = newWordSet("mismo", "misma", "mismos", "ese", "esa", "esos", "dicho", "dicha",
	"same", "aquel", "aquella", "citado", "citada")

// backReferenceBefore, just before a number, make it a figure given
// before, not a new statement: "estas 16 excarcelaciones", "los supuestos
// 116 presos liberados", "those 400".
var backReferenceBefore = newWordSet("estas", "estos", "esas", "esos", "dichas", "dichos", "aquellas",
	"aquellos", "these", "those", "supuestos", "supuestas", "presuntos", "presuntas", "alleged", "so-called",
	"purported")

// existentials before a count of prisoners make it a count of people in
// prison: "son más de 300 presos políticos", "hay 368 presos políticos".
var existentials = phrasesOf(1, "hay", "había", "existen", "existían", "son", "eran", "there are", "there were",
	"there is", "en la actualidad hay", "aún hay", "todavía hay")

// copulaBefore give a figure's value: "la cifra era de 97", "the total
// was 412".
var copulaBefore = phrasesOf(1, "era de", "es de", "fue de", "ha sido de", "era", "es", "fue", "was", "is", "son", "eran", "fueron",
	"han sido", "were", "are",
	"has been", "had been", "stands at", "stood at", "now stands at", "quedó en", "se ubicaba en")

// strongCuePrefixes introduce the source of what follows, whoever it is:
// "según cifras oficiales" names a source that is not an actor.
var strongCuePrefixes = newWordSet("according to", "según", "de acuerdo con", "de acuerdo a", "per", "citing",
	"según datos de", "según datos del", "según cifras de", "según cifras del", "según el conteo de",
	"según el conteo del", "according to figures from", "according to data from", "according to a count by",
	"according to a tally by")

// cuePrefixes introduce the actor that follows.
var cuePrefixes = phrasesOf(cuePrefix,
	"according to", "according to figures from", "according to data from", "according to a count by",
	"according to a tally by", "per", "citing", "cited by", "data from", "figures from", "figures by",
	"a tally by", "a count by", "tally by", "count by", "compiled by", "claimed by", "reported by",
	"confirmed by", "verified by", "documented by", "announced by", "counted by", "registered by",
	"recorded by", "provided by", "published by", "estimates by", "estimated by", "stated by",
	"según", "de acuerdo con", "de acuerdo a", "según datos de", "según datos del", "según cifras de",
	"según cifras del", "según el conteo de", "según el conteo del", "datos de", "datos del", "cifras de",
	"cifras del", "cifra de", "cifra del", "conteo de", "conteo del", "balance de", "balance del",
	"registro de", "registro del", "registros de", "registros del", "recuento de", "recuento del",
	"informe de", "informe del", "reporte de", "reporte del", "confirmado por", "confirmados por",
	"confirmadas por", "verificados por", "verificadas por", "documentados por", "documentadas por",
	"registrados por", "registradas por", "contabilizados por", "contabilizadas por", "anunciado por",
	"anunciados por", "anunciadas por", "anunciada por", "informado por", "informados por", "informadas por",
	"reportados por", "reportadas por", "denunciados por", "reivindicados por", "reivindicadas por",
	"difundidos por", "difundidas por", "publicados por", "publicadas por", "asegurados por",
	"citado por", "citados por", "fuentes de", "fuentes del", "voceros de", "voceros del", "voceros",
	"portavoz de", "portavoz del", "figures released by", "data released by", "numbers from", "a report by",
	"un informe de", "un informe del", "un reporte de", "un reporte del", "un comunicado de", "un comunicado del",
	"a statement from", "a statement by", "acknowledged by", "admitted by", "recognised by", "recognized by",
	"given by", "put forward by", "reconocidos por", "reconocidas por", "admitidos por",
	"admitidas por", "ofrecidos por", "ofrecidas por", "dados por", "dadas por", "facilitados por",
	"facilitadas por",
)

// byPrefixes start the participle cues of cuePrefixes ("claimed by",
// "anunciado por"): they name the source of the noun just before them.
var byPrefixes = newWordSet("cited", "claimed", "reported", "confirmed", "verified", "documented", "announced",
	"counted", "registered", "recorded", "provided", "published", "estimated", "stated", "compiled",
	"confirmado", "confirmados", "confirmadas", "verificados", "verificadas", "documentados", "documentadas",
	"registrados", "registradas", "contabilizados", "contabilizadas", "anunciado", "anunciados", "anunciadas",
	"anunciada", "informado", "informados", "informadas", "reportados", "reportadas", "denunciados",
	"reivindicados", "reivindicadas", "difundidos", "difundidas", "publicados", "publicadas", "asegurados",
	"citado", "citados", "acknowledged", "admitted", "recognised", "recognized", "given",
	"reconocidos", "reconocidas", "admitidos", "admitidas", "ofrecidos", "ofrecidas", "dados", "dadas",
	"facilitados", "facilitadas")

// possessiveNouns after "X's" make X the source: "the government's figure".
var possessiveNouns = newWordSet(
	"figure", "figures", "count", "tally", "claim", "claims", "estimate", "estimates", "data", "numbers", "number",
	"report", "statement", "list", "records", "registry", "total", "account", "announcement", "own",
)

// negations before a cue verb cancel it: "could not verify".
var negations = newWordSet(
	"not", "never", "no", "nunca", "tampoco", "cannot", "can't", "couldn't", "didn't", "won't", "unable", "failed",
	"refused", "declined", "hasn't", "haven't", "wasn't", "weren't", "isn't", "aren't", "ni",
)

// irrealisMarkers before an event term make it a plan, demand or
// possibility rather than something that happened: "promised to release".
var irrealisMarkers = newWordSet(
	"to", "will", "would", "could", "might", "may", "should", "must", "shall", "promised", "pledged", "plans",
	"planned", "expects", "expected", "demanded", "urged", "asked", "wants", "want", "hope", "hopes",
	"va", "van", "podría", "podrían", "podrá", "podrán", "deberá", "deberán", "debería", "deberían",
	"pidió", "piden", "exigió", "exigen", "exigieron", "prometió", "promete", "planea", "espera", "esperan",
	"para", "quiere", "quieren", "propone", "propuso", "sería", "serían", "será", "serán", "pendientes", "pending",
	"awaiting", "await", "esperando", "waiting", "pedirá", "pedirán", "solicitará", "solicitarán", "seek", "seeks",
)

// contrastConjunctions start a new clause: the figure after them belongs
// to another actor.
var contrastConjunctions = phrasesOf(1,
	"while", "whilst", "whereas", "but", "although", "though", "yet", "however", "meanwhile", "in contrast",
	"mientras", "mientras que", "pero", "aunque", "sino", "sin embargo", "no obstante", "en cambio",
	"en tanto", "a pesar de que", "pese a que", "por el contrario", "compared with", "compared to",
	"versus", "as opposed to", "frente a", "en comparación con", "a diferencia de", "unlike", "contrasta con",
	"contrastan con", "contrasts with", "in contrast to", "contrary to", "al contrario de",
)

// Background phrases name another event than their clause's: a
// concessive ("aún hay 687 presos políticos pese a las excarcelaciones")
// always, a temporal preposition ("687 presos políticos tras las
// excarcelaciones") when an event term follows it.
const (
	concessive = 1
	temporal   = 2
)

var backgroundStarters = func() *phraseSet {
	ps := phrasesOf(concessive, "pese a", "a pesar de", "despite", "in spite of", "notwithstanding")
	for _, p := range []string{"tras", "after", "following", "luego de", "después de", "since", "desde", "amid",
		"en medio de", "ahead of", "antes de", "before"} {
		ps.add(p, temporal)
	}
	return ps
}()

// officialWords name a source that is not a configured actor: a clause
// that holds one and no actor takes no actor from elsewhere ("la cifra
// oficial, a 626"; "Official figures put the number at 400").
var officialWords = newWordSet("official", "officials", "oficial", "oficiales", "authorities", "autoridades",
	"ministry", "ministerio", "police", "policía", "army", "ejército", "prosecutors", "state-run", "estatal",
	"estatales", "officially", "oficialmente", "oficialista")

// bodyPeopleNouns, with the officialNouns, after a body's name in lower
// case make it the body they speak for: "civil protection officials
// said", "civil protection staff".
var bodyPeopleNouns = newWordSet("authorities", "chief", "director", "staff")

// leadingSubordinators at the start of a sentence end their clause at the
// first comma: "While the government claims 400, Foro Penal has verified 56."
var leadingSubordinators = phrasesOf(1,
	"while", "whilst", "whereas", "although", "though", "even though", "mientras", "mientras que", "aunque",
	"si bien", "pese a que", "a pesar de que", "even as",
)

// possessiveDeterminers after ", and" open a clause whose subject they
// begin: "…, and its latest update gave the death toll as three".
var possessiveDeterminers = newWordSet("its", "their", "his", "her", "our")

// newSubjectDeterminers may stand between "and"/"y" and a new subject.
var determiners = newWordSet("the", "a", "an", "el", "la", "los", "las", "its", "their", "su", "sus", "this", "that")

// spanishMarkers and englishMarkers decide the language of a sentence for
// words that exist in both ("once" is 11 in Spanish).
var spanishMarkers = newWordSet("el", "la", "los", "las", "de", "del", "que", "y", "en", "por", "con", "para", "se",
	"una", "su", "sus", "según", "fueron", "han", "más", "presos", "personas")
var englishMarkers = newWordSet("the", "of", "and", "in", "to", "that", "was", "were", "has", "have", "by", "with",
	"said", "for", "people", "prisoners", "they", "it")

// asideStarters open a relative clause or an apposition after a comma.
var asideStarters = phrasesOf(1, "which", "who", "whose", "whom", "where", "a", "an", "que", "quien", "quienes",
	"cuyo", "cuya", "cuyos", "cuyas", "donde", "un", "una", "el cual", "la cual", "los cuales", "las cuales",
	"al que", "a la que", "a los que", "a las que", "a quien", "a quienes", "del que", "de la que", "con el que",
	"con la que", "en el que", "en la que", "in which", "to which", "of which", "with whom", "for which")

// settingRelatives open a relative clause on where something happened:
// "el avión, en el que viajaban 233 personas".
var settingRelatives = phrasesOf(1, "en el que", "en la que", "en los que", "en las que", "en el cual", "en la cual",
	"donde", "in which", "where", "on which", "on board which")

// adjectivesAfterOne may stand between "one"/"un" and its noun.
var adjectivesAfterOne = newWordSet("political", "more", "new", "additional", "other", "foreign", "venezuelan",
	"single", "político", "política", "nuevo", "nueva", "otro", "otra", "solo", "único", "venezolano", "venezolana")

// objectMarkers before an actor make it the object of the clause, not its
// subject: "urged the government", "pidió al gobierno".
var objectMarkers = newWordSet("to", "on", "from", "with", "at", "for", "against", "urged", "asked", "called",
	"a", "al", "con", "contra", "para", "hacia", "ante", "sobre", "pidió", "exigió", "instó", "criticó", "acusó",
	"accused", "criticized", "criticised", "told", "between", "entre")

// pronouns as subjects of a cue leave the source to the previous sentence.
var pronouns = newWordSet("it", "he", "she", "they", "we", "i", "él", "ella", "ellos", "ellas", "nosotros",
	"this", "that", "these", "those", "the", "its", "their", "group", "organization", "ngo", "ong", "se", "hemos")

// spanishArticles alone are articles, never counts: "un preso" is "a
// prisoner".
var spanishArticles = newWordSet("un", "una", "uno")

// targetVerbs before a number in a plan or forecast: "to reach 200".
var targetVerbs = newWordSet("reach", "hit", "exceed", "top", "surpass", "pass", "be", "total", "number",
	"alcanzar", "llegar", "superar", "sumar", "rondar", "ser", "llegaría", "alcanzaría", "superaría")

// riseVerbs before "to" give a new level: "could rise to 1,000" is a
// forecast, "rose to 1,000" a figure.
var riseVerbs = newWordSet("rise", "climb", "increase", "grow", "jump", "reach", "soar", "go", "top", "exceed")

// subjunctiveTargets give a level that is wished or expected, not reached:
// "prevé que la cifra supere los 300".
var subjunctiveTargets = newWordSet("supere", "superen", "alcance", "alcancen", "llegue", "lleguen", "sobrepase",
	"sobrepasen", "rebase", "rebasen", "superara", "superaran", "alcanzara", "alcanzaran", "llegara", "llegaran",
	"superase", "alcanzase", "llegase", "sobrepasara", "rebasara")

// subjectSkips may stand between a subject and its verb: "the government
// has also said".
var subjectSkips = newWordSet("has", "have", "had", "also", "later", "previously", "separately", "earlier",
	"then", "now", "further", "itself", "ha", "han", "había", "habían", "también", "luego", "ya", "además",
	"however", "meanwhile", "again", "would", "will", "did", "does", "do", "se", "podido", "pudo", "pudieron",
	"puede", "pueden", "could", "can", "was", "were", "able", "been", "only", "solo", "sólo", "apenas", "just",
	"so", "far", "hasta", "ahora", "now", "already", "ya", "still", "aún", "todavía", "is", "are", "has been")

// timeWords may stand between a subject and its verb: "Foro Penal on
// Monday said", "el gobierno este martes informó".
var timeWords = newWordSet("on", "this", "last", "week", "weekend", "today", "yesterday", "tonight", "morning",
	"evening", "night", "afternoon", "el", "este", "esta", "hoy", "ayer", "semana", "mañana", "tarde", "noche",
	"pasado", "pasada", "in", "en", "late", "early")

// titleWords name a position: "Foro Penal director Alfredo Romero".
var titleWords = newWordSet("director", "president", "vice", "vice-president", "head", "spokesman", "spokeswoman",
	"spokesperson", "lawyer", "coordinator", "leader", "chief", "founder", "minister", "executive", "secretary",
	"general", "chairman", "member", "presidente", "vicepresidente", "directora", "vocero", "vocera",
	"portavoz", "coordinador", "coordinadora", "abogado", "abogada", "fundador", "fundadora", "jefe", "jefa",
	"ministro", "ministra", "secretario", "secretaria", "miembro", "integrante", "presidenta", "vicepresidenta",
	"governor", "gobernador", "gobernadora", "alcalde", "alcaldesa", "commissioner", "comisionado", "comisionada",
	"canciller", "manager", "officer", "official", "representative", "researcher", "analyst", "adviser", "advisor",
	"expert", "gerente", "representante", "funcionario", "funcionaria", "responsable", "investigador",
	"investigadora", "analista", "asesor", "asesora", "experto", "experta", "delegado", "delegada", "delegate", "commander", "comandante",
	"envoy", "enviado", "enviada", "emissary", "emisario", "emisaria",
	"prosecutor", "fiscal", "rapporteur", "relator", "relatora", "inspector", "inspectora", "superintendent",
	"superintendente", "sheriff", "colonel", "coronel", "captain", "capitán", "comisario", "comisaria", "prefect",
	"prefecto", "prefecta", "undersecretary", "subsecretario", "subsecretaria", "viceministro", "viceministra",
	"ombudsman", "judge", "juez", "jueza")

// genericSubjects refer back to an actor without naming it: "its lawyers
// said", "the report said".
var genericSubjects = newWordSet("organisation", "organization", "report", "statement", "communiqué",
	"comunicado", "informe", "lawyers", "abogados", "watchdog", "ngo", "ong", "group", "entity",
	"entidad", "institution", "institución", "office", "oficina", "team", "equipo", "count", "tally", "data",
	"figures", "cifras", "datos", "balance", "conteo", "survey", "study", "estudio", "document", "documento",
	"registros", "registro", "records", "boletín", "bulletin", "list", "lista", "listado", "register", "registry",
	"recuento", "cómputo", "reporte", "actualización", "update", "parte", "comunicados", "statements",
	"census", "censo", "assessment", "evaluación", "estimate", "estimates", "estimación", "estimaciones")

// partitiveDeterminers follow "of"/"de" in an opening partitive phrase.
var partitiveDeterminers = newWordSet("the", "those", "these", "them", "los", "las", "aquellos", "aquellas",
	"estos", "estas", "ellos", "ellas", "esos", "esas")

// objectPronouns stand for a whole on their own: "of them", "de ellas".
var objectPronouns = newWordSet("them", "ellos", "ellas")

// containerNouns before "of N" make N the size of each part: "3 groups of
// 130".
var containerNouns = newWordSet("groups", "group", "batches", "batch", "waves", "wave", "rounds", "busloads",
	"grupos", "grupo", "tandas", "tanda", "lotes", "lote", "oleadas", "oleada", "bloques", "bloque", "swaps",
	"exchanges", "canjes", "intercambios", "convoys", "convoyes")

// relativeTimeWords before a bare number refer to a period: "in the
// following 48", "en las últimas 24".
var relativeTimeWords = newWordSet("following", "next", "past", "last", "previous", "first", "siguientes",
	"próximas", "próximos", "últimas", "últimos", "primeras", "primeros", "pasadas", "pasados")

// countingVerbs are attribution cues that state a verified count: with a
// pronoun subject ("It has verified 159 so far") the number is the count of
// the metric of the previous sentence.
var countingVerbs = newWordSet("verified", "confirmed", "counted", "documented", "registered", "recorded",
	"tallied", "verificó", "confirmó", "contabilizó", "registró", "documentó", "contabiliza", "verifica",
	"confirma", "registra", "documenta", "ha verificado", "ha confirmado", "ha contabilizado",
	"ha registrado", "ha documentado", "has verified", "has confirmed", "has counted", "has documented",
	"has registered", "has recorded", "added", "has added", "elevó", "eleva", "sumó", "agregó", "lists",
	"listed", "logged")

// institutionNouns name an institution by its kind: an alias holding one
// ("Interior Ministry", "Myanmar military") lets the noun alone refer
// back to the actor.
var institutionNouns = newWordSet(
	"government", "ministry", "department", "agency", "office", "authority", "authorities", "administration",
	"military", "army", "junta", "police", "group", "organisation", "organization", "ngo", "council",
	"commission", "committee", "court", "tribunal", "union", "unions", "party", "campaign", "forum",
	"observatory", "lab", "laboratory", "network", "institute", "centre", "center", "centres", "centers", "secretariat", "foundation", "association",
	"coalition", "movement", "platform", "presidency", "prosecutor", "ombudsman", "registry", "regime", "county", "front",
	"service", "directorate", "mission", "cabinet", "executive", "federation", "confederation", "guard",
	"groups", "organisations", "organizations", "grupos", "organizaciones",
	"gobierno", "ministerio", "departamento", "agencia", "oficina", "autoridad", "autoridades",
	"administración", "ejército", "junta", "policía", "grupo", "organización", "ong", "consejo", "comisión",
	"comité", "tribunal", "juzgado", "sindicato", "sindicatos", "partido", "campaña", "foro", "observatorio", "laboratorio",
	"red", "instituto", "centro", "centros", "secretaría", "fundación", "asociación", "coalición", "movimiento",
	"plataforma", "presidencia", "fiscalía", "defensoría", "registro", "régimen", "servicio", "dirección",
	"misión", "gabinete", "ejecutivo", "federación", "confederación", "guardia", "generalitat", "delegación", "condado", "frente",
	"ente", "unidad", "bureau", "board", "regulator", "regulador", "colectivo", "colectivos", "collective",
	"navy", "armada", "coastguard", "guardacostas", "coordinadora",
	"consejería", "corporación", "coordinación", "protección", "cámara", "chamber", "colegio", "brigade", "brigada",
)

// relativeWords open a relative clause on the noun before them: "los 65
// mineros que murieron", "the 31 drones which Russia launched".
var relativeWords = newWordSet("que", "quienes", "cuyos", "cuyas", "who", "which", "that", "whose")

// achievedBefore an infinitive, and justDone before "de" and one, say the
// act took place: "lograron neutralizar 128 drones", "pudo rescatar a 15",
// "acaba de liberar a 20", or was decided by who had the power to do it:
// "el Consejo de Estado acordó indultar a 2.604 reclusos".
var (
	achievedBefore = newWordSet("logró", "lograron", "logra", "logran", "consiguió", "consiguieron", "pudo",
		"pudieron", "alcanzó", "alcanzaron", "acordó", "acordaron", "decidió", "decidieron", "resolvió", "resolvieron",
		"dispuso", "dispusieron", "decretó", "decretaron", "permitió", "permitieron", "permitido", "posibilitó", "posibilitaron")
	justDone = newWordSet("acaba", "acaban", "acababa", "acababan", "terminó", "terminaron")
)

// achievedBeforeTo before "to" or "que", and compelledVerbs before an
// object and "to" or "a", say the infinitive after them took place: "had
// to evacuate", "managed to rescue", "tuvieron que ser hospitalizados",
// "forced 276 people to leave", "obligó a desalojar a 276 personas". Only
// past forms: "obliga a proteger" is a rule, not an event.
var (
	achievedBeforeTo = newWordSet("had", "managed", "able", "tuvo", "tuvieron", "hubo", "tenido", "tenían", "tenía")
	compelledVerbs   = newWordSet("forced", "obliged", "compelled", "obligó", "obligaron", "obligado", "obligada",
		"obligados", "obligadas", "forzó", "forzaron", "forzado", "forzados", "forzadas", "helped", "allowed", "enabled",
		"ayudó", "ayudaron", "ayudado")
)

// headDeterminers may stand before an institution noun that refers back
// to an actor.
var headDeterminers = newWordSet("the", "a", "an", "its", "this", "that", "el", "la", "los", "las", "un", "una",
	"este", "esta", "dicho", "dicha", "del", "al")

// nameArticles may stand between a preposition and the capitalised word
// that goes on with a name: "Comisión de la Verdad", "Defensor del Pueblo".
var nameArticles = newWordSet("the", "la", "el", "los", "las")

// rateAfter follows a count per period: a rate, not a count.
var rateAfter = phrasesOf(1, "a day", "per day", "each day", "every day", "a week", "per week", "each week",
	"a month", "per month", "an hour", "per hour", "daily", "al día", "por día", "cada día", "diarios",
	"diarias", "a la semana", "por semana", "cada semana", "al mes", "por mes", "por hora", "a la hora",
	"por cada", "for every", "per every", "a minute", "per minute", "por minuto", "al minuto")

// dayRates are the rates of rateAfter that are per day (folded, as
// phraseTokens gives them).
var dayRates = newWordSet("a day", "per day", "each day", "every day", "daily", "al dia", "por dia", "cada dia",
	"diarios", "diarias")

// periodSpanWords name a span of time shorter than a month: "last week
// alone".
var periodSpanWords = newWordSet("week", "weekend", "fortnight", "day", "night", "hours", "semana", "dia",
	"noche", "horas", "quincena")

// dayWords scope a count to a single day: "237 trucks had entered Gaza on
// Monday", "la víspera entraron casi 230 camiones".
var dayWords = newWordSet("yesterday", "today", "tonight", "overnight", "ayer", "hoy", "anoche", "anteayer",
	"víspera", "jornada", "vispera")

// incrementBefore and incrementAfter mark an increment: "another 22
// releases", "22 more", "otras 20", "veinte nuevas excarcelaciones".
var (
	incrementBefore = newWordSet("additional", "further")
	incrementAfter  = newWordSet("more", "new", "further", "additional", "nuevos", "nuevas", "adicionales", "más")
)

// comparatives before "than"/"que" make the number after it a baseline.
var comparatives = newWordSet("more", "less", "fewer", "higher", "lower", "up", "down", "above", "below",
	"más", "menos", "mayor", "menor", "superior", "inferior", "percent", "%", "times", "veces", "smaller", "larger",
	"bigger", "greater", "worse", "lesser")

// deniedObjects follow a denial verb when what is denied is a statement:
// "denied reports that", "negó que", "rejected claims of".
var deniedObjects = newWordSet("that", "reports", "report", "claims", "claim", "rumours", "rumors", "allegations",
	"que", "versiones", "informaciones", "informes", "rumores", "acusaciones", "denuncias", "figure", "count",
	"toll", "cifra", "balance", "tally", "recuento", "cifras", "figures", "numbers", "estimates", "estimaciones")

// functionWords are articles, prepositions and conjunctions: they start
// and end no short form of an alias, leave a role noun after them
// unmodified ("the workers"), and start no actor or term.
var functionWords = newWordSet("the", "a", "an", "of", "and", "or", "for", "on", "in", "de", "del", "la", "el",
	"los", "las", "y", "e", "o", "para", "por", "en", "al", "'s")

// placePartMarkers after a number place it in a part of the country or
// area a tracker counts: a breakdown, not the total.
var placePartMarkers = phrasesOf(1, "in the capital", "en la capital", "in the city of", "en la ciudad de",
	"in the province of", "en la provincia de", "in the state of", "en el estado de", "in the region of",
	"en la región de", "en el departamento de", "en el municipio de", "in the district of", "en el distrito de",
	"in the county of", "en el condado de", "en la comuna de", "in the town of", "en la localidad de",
	"in the municipality of", "en la zona de", "in the area of", "in the province", "in the capital city")

// earlierPeriodWords place a count in an earlier period than the one
// reported on.
var earlierPeriodWords = phrasesOf(1, "last year", "the previous year", "a year earlier", "the year before",
	"the summer before", "the winter before", "the season before", "the month before", "the previous summer",
	"the previous winter", "the previous season", "the previous month", "el verano anterior", "el invierno anterior",
	"la temporada anterior", "el mes anterior",
	"el año pasado", "el año anterior", "un año antes", "by comparison", "en comparación", "en la primera vuelta",
	"in the first round", "in the previous", "en el mismo periodo de", "en el mismo período de",
	"en el mismo periodo del", "en el mismo período del",
	"the same period of", "the same quarter of", "the same month of", "the same months of", "the same stretch of",
	"el mismo trimestre de", "el mismo mes de", "los mismos meses de", "el mismo lapso de")

// lastYearWords are the earlierPeriodWords that name the year before the
// one of publication: an earlier period only beside a count of this year.
var lastYearWords = phrasesOf(1, "last year", "el año pasado")

// currentPeriodWords name the current period of a count.
var currentPeriodWords = phrasesOf(1, "this year", "so far this year", "year to date", "year-to-date",
	"este año", "en lo que va del año", "en lo que va de año", "en lo que va de este año", "en el año en curso",
	"en lo que va de", "so far in", "in the year so far")

// breakdownWords say that a sentence breaks a count down.
var breakdownWords = newWordSet("breakdown", "desglose", "desglosa", "desglosó", "desglosan", "desglosado")

// shareOpeners before a number make it a share of a total given before:
// "de ese total, 93.000", "of that total".
var shareOpeners = phrasesOf(1, "of that total", "of the total", "of these", "de ese total", "de este total",
	"del total", "de esa cifra", "of that number", "of that figure")

// recentPeriodMarkers place a count in a recent period: an increment, not
// the running total.
var recentPeriodMarkers = phrasesOf(1, "in the past 24 hours", "in the last 24 hours", "over the past 24 hours",
	"in the past 48 hours", "in the last 48 hours", "in the past week", "over the past week", "in the last week",
	"en las últimas 24 horas", "en las últimas 48 horas", "en la última semana", "durante la última semana",
	"en el último día", "during the past week", "in the past day", "en las últimas horas", "in recent hours")

// placeKinds name a part of a country: a count placed in one is a part of
// the national count.
var placeKinds = newWordSet("province", "provincia", "state", "estado", "region", "región", "city", "ciudad",
	"district", "distrito", "department", "departamento", "municipality", "municipio", "town", "localidad",
	"capital", "county", "condado", "comuna", "village", "pueblo", "neighbourhood", "neighborhood", "barrio")

// mostAffectedMarkers say that a place, a group or an event is the worst
// hit of several: its count is a part of the total given before.
var mostAffectedMarkers = phrasesOf(1, "hardest-hit", "hardest hit", "worst-hit", "worst hit", "worst-affected",
	"worst affected", "most affected", "most-affected", "most severe outbreak", "the largest number", "largest group",
	"the bulk of", "the deadliest single", "the worst single", "más castigada", "más castigado", "más castigadas",
	"más castigados", "más golpeada", "más golpeado", "más golpeadas", "más golpeados", "más afectada", "más afectado",
	"más afectadas", "más afectados", "el grueso de", "encabeza la lista", "encabezan la lista", "el caso más grave",
	"el episodio más grave", "el ataque más grave", "el ataque más mortífero", "le siguen", "le sigue",
	"seguido de", "seguida de", "seguidos de", "seguido por", "seguida por", "followed by")

// speedUnits after a number make it a speed: "210 kilometres per hour".
var speedUnits = phrasesOf(1, "mph", "km/h", "kph", "kmh", "miles per hour", "miles an hour", "kilometres per hour",
	"kilometers per hour", "kilómetros por hora", "km por hora", "millas por hora", "knots", "nudos")

// membershipNouns after "with"/"con" and a number give the size of an
// organisation: "with more than 373,000 members", "con 40.000 afiliados".
var membershipNouns = newWordSet("members", "miembros", "afiliados", "afiliadas", "socios", "militantes",
	"subscribers", "followers", "seguidores", "suscriptores")

// membershipVerbs before a number of members give an organisation's
// size: "with", "which counts some 200,000 members", "agrupa a".
var membershipVerbs = newWordSet("with", "con", "counts", "has", "have", "represents", "tiene", "cuenta", "agrupa",
	"representa", "reúne", "reune")

// workforcePhrases before a number give the size of a workforce: "que
// da trabajo a unas 200.000 personas", "which employs 90,000 people".
var workforcePhrases = phrasesOf(1, "da trabajo a", "dan trabajo a", "emplea a", "emplean a", "employs", "employ",
	"employing", "a workforce of", "una plantilla de", "con una plantilla de")

// livingVerbs after a count of people, with a place after them, say where
// they live: the size of a population, not a count of what happened to
// them.
var livingVerbs = newWordSet("live", "lives", "reside", "resides", "viven", "vive", "residen", "habitan", "vivían",
	"lived")

// populationPhrases before a number make it the size of a population a
// study covers or a place holds, not a count: "models covering some 540
// million people", "a region home to 900 million", "datos que abarcan a
// 540 millones de personas", "a species whose population is put at 85,000".
var populationPhrases = phrasesOf(1, "covering", "that cover", "which cover", "home to", "population is put at",
	"population was put at", "population is estimated at", "population of about", "que abarcan a", "que abarca a",
	"que abarcan", "que cubren a", "que cubre a", "hogar de", "población estimada en", "población de unos")

// placeNounsPlural count places, never modify a noun of people or an
// event: "Police in 116 countries arrested 2,517 people" counts countries.
var placeNounsPlural = newWordSet("countries", "países", "states", "estados", "nations", "naciones", "cities",
	"ciudades", "provinces", "provincias", "regions", "regiones", "municipalities", "municipios", "districts",
	"distritos", "departments", "departamentos", "villages", "towns", "localidades", "communities", "comunidades",
	"territories", "territorios")

// shareVerbs before a number say that someone got that many: a share of a
// count, not the count.
var shareVerbs = newWordSet("obtuvo", "obtained", "won", "garnered", "consiguió", "cosechó")

// ministryNouns open the name of a ministry or department of government.
var ministryNouns = newWordSet("ministerio", "secretaría", "consejería", "conselleria", "departamento", "ministry",
	"department", "secretariat")

// genericReferrers refer back to whichever institution was named last:
// "el organismo", "la cartera sanitaria", "the agency", "the body".
var genericReferrers = newWordSet("organismo", "entidad", "institución", "cartera", "dependencia", "agency",
	"body", "agencia", "gremio", "ente", "órgano", "service", "servicio", "authority")

// averageWords before a number make it an average, a rate: "the daily
// average slid to 60", "un promedio diario de 94 asesinatos".
var averageWords = newWordSet("average", "averaged", "averages", "promedio", "promedios", "promedió", "promediaron")

// partYearWords name a part of a year: "el primer trimestre de 2023",
// "the first half of 2024".
var partYearWords = newWordSet("trimestre", "semestre", "quarter", "half", "mitad", "bimestre", "cuatrimestre")

// nightWords may stand between a verb and its object: "neutralizar
// durante la noche 128 drones", "destroyed overnight 41".
var nightWords = newWordSet("durante", "during", "overnight", "noche", "night")

// attackNouns name an attack: its agent ("strikes by the coalition",
// "ataques de las fuerzas rusas") did the harm and is no source of its toll.
var attackNouns = newWordSet("strikes", "airstrikes", "attacks", "raids", "bombing", "bombings", "shelling",
	"bombardment", "ataques", "bombardeos", "ataque", "bombardeo", "incursiones", "ofensiva", "offensive", "attack",
	"ambush", "ambushes", "assault", "emboscada", "emboscadas", "atentado", "atentados", "asalto")

// descriptorNouns introduce a name in apposition ("the consultancy
// Integralia", "la ONG Cristosal", "outplacement firm Challenger"): the
// text may later call the actor by that noun.
var descriptorNouns = newWordSet("organization", "organisation", "organización", "group", "grupo", "ngo", "ong",
	"consultancy", "consultora", "consultoría", "firm", "company", "empresa", "compañía", "nonprofit", "charity",
	"watchdog", "monitor", "database", "archive", "project", "proyecto", "initiative", "iniciativa", "collective",
	"colectivo", "foundation", "fundación", "association", "asociación", "institute", "instituto", "observatory",
	"observatorio", "network", "red", "platform", "plataforma", "agency", "agencia", "organismo", "entidad",
	"coalition", "coalición", "center", "centre", "centro", "think-tank", "tank")

// companyReferrers refer back to a company or utility named last: "the
// company said", "la eléctrica asegura", "el consorcio".
var companyReferrers = newWordSet("company", "utility", "firm", "operator", "empresa", "compañía", "eléctrica",
	"consorcio", "distribuidora", "operadora", "carmaker", "automaker", "manufacturer", "airline", "retailer",
	"miner", "producer", "conglomerate", "multinational", "fabricante", "automotriz", "aerolínea",
	"multinacional", "farmacéutica", "petrolera", "naviera", "constructora")

// synonymMap maps each word (folded) of groups to the other words of its
// group.
func synonymMap(groups [][]string) map[string][]string {
	out := map[string][]string{}
	for _, g := range groups {
		for _, w := range g {
			for _, o := range g {
				if o != w {
					out[foldString(w)] = append(out[foldString(w)], foldString(o))
				}
			}
		}
	}
	return out
}

// institutionSynonyms are the other words, in both languages, for an
// institution noun: an alias holding one lets any of them refer back.
var institutionSynonyms = func() map[string][]string {
	groups := [][]string{
		{"government", "gobierno", "ejecutivo", "executive", "administration", "administración", "regime"},
		{"ministry", "ministerio", "cartera", "minister", "ministro", "ministra", "secretaría", "secretaria", "department", "departamento"},
		{"army", "military", "ejército", "militares", "junta", "troops", "soldiers", "soldados"},
		{"police", "policía", "policías", "corporación", "force", "fuerza", "command"},
		{"force", "fuerza", "guard", "guardia", "gendarmerie", "gendarmería", "carabineros"},
		{"prosecutor", "prosecutors", "fiscalía", "fiscal"},
		{"court", "tribunal", "juzgado"},
		{"union", "unions", "sindicato", "sindicatos"},
		{"organisation", "organization", "organización", "group", "grupo", "ngo", "ong", "charity", "nonprofit", "trust",
			"foundation", "fundación"},
		{"regulator", "regulador", "superintendency", "superintendencia", "watchdog"},
		{"registry", "registrar", "registraduría", "registrador"},
		{"federation", "federación"},
		{"brigade", "brigada", "cuerpo", "corps"},
		{"authority", "autoridad", "corporation", "corporación"},
		{"organisations", "organizations", "organizaciones", "groups", "grupos"},
		{"commission", "comisión"},
		{"agency", "agencia"},
		{"office", "oficina"},
		{"observatory", "observatorio", "monitor"},
		{"institute", "instituto"},
		{"county", "condado"},
		{"front", "frente"},
		{"council", "ayuntamiento", "consistorio", "cabildo", "municipalidad", "municipality"},
	}
	return synonymMap(groups)
}()

// institutionAdjectives name an institution by an adjective: "un anuncio
// gubernamental de 116 excarcelaciones" is the government's. Each maps to
// the folded nouns an actor's alias may use for that institution.
var institutionAdjectives = map[string][]string{
	"gubernamental": {"gobierno", "government"},
	"governmental":  {"government", "gobierno"},
	"ministerial":   {"ministerio", "ministry"},
	"policial":      {"policia", "police"},
	"presidencial":  {"presidencia", "presidency", "presidente", "president"},
	"presidential":  {"presidency", "president", "presidencia", "presidente"},
}

// countrySpeakVerbs after a country make it speak for its government:
// "Israel has said", "Mexico had officially reported", "Perú informó".
var countrySpeakVerbs = newWordSet("said", "says", "reported", "reports", "announced", "announces", "stated",
	"acknowledged", "admitted", "informó", "informa", "dijo", "afirmó", "afirma", "aseguró", "asegura",
	"anunció", "anuncia", "reportó", "reporta", "reconoció", "reconoce", "admitió", "say", "report", "announce",
	"informaron", "dijeron", "afirmaron", "aseguraron", "anunciaron", "reportaron", "reconocieron", "admitieron",
	"informan", "dicen", "afirman", "aseguran")

// governmentNouns name a government in an actor's alias.
var governmentNouns = newWordSet("government", "gobierno", "administration", "administración", "presidency",
	"presidencia", "executive", "ejecutivo")

// countryOfficials beside a country's adjective speak for its government:
// "Iranian officials", "an Iranian general", "las autoridades iraníes".
var countryOfficials = newWordSet("officials", "official", "general", "minister", "authorities", "spokesman",
	"spokeswoman", "spokesperson", "autoridades", "funcionarios", "portavoz", "vocero", "ministro", "ministra")

// placePrepositions put a place after them: "in the Gaza Strip".
var placePrepositions = newWordSet("in", "en", "of", "de", "from", "desde", "at")

// epistemicBeforeTo before "to" say what is known, not what may be:
// "believed to be missing", "feared to have died".
var epistemicBeforeTo = newWordSet("believed", "thought", "feared", "known", "presumed", "said", "reported",
	"confirmed", "understood", "assumed")

// passiveAuxiliaries before a reporting verb make it passive: its subject
// is what was counted ("ten more victims were added"), not who counts.
var passiveAuxiliaries = newWordSet("were", "was", "been", "being", "be", "are", "is", "fueron", "fue", "sido",
	"son", "es", "siendo", "ser")

// countryWordKeys give the place key of the countries' names and
// adjectives whose first four letters differ from their country's (folded).
var countryWordKeys = func() map[string]string {
	groups := map[string][]string{
		"fran": {"french"},
		"spai": {"spain", "spanish", "espana", "espanol", "espanola", "espanoles", "espanolas"},
		"germ": {"germany", "german", "alemania", "aleman", "alemana", "alemanes"},
		"neth": {"netherlands", "dutch", "holanda", "holandes", "holandesa", "neerlandes"},
		"swit": {"switzerland", "swiss", "suiza", "suizo", "suizos"},
		"turk": {"turquia"},
		"braz": {"brasil", "brasileno", "brasilena", "brasilenos"},
		"syri": {"siria", "sirio", "siria", "sirios"},
		"leba": {"libano", "libanes", "libanesa", "libaneses"},
		"ukra": {"ucrania", "ucraniano", "ucraniana", "ucranianos"},
		"russ": {"rusia", "ruso", "rusa", "rusos", "rusas"},
		"kore": {"corea", "coreano", "coreana", "coreanos"},
		"ethi": {"etiopia", "etiope", "etiopes"},
		"phil": {"filipinas", "filipino", "filipina", "filipinos"},
		"japa": {"japon", "japones", "japonesa", "japoneses"},
		"egyp": {"egipto", "egipcio", "egipcia", "egipcios"},
		"moro": {"marruecos", "marroqui", "marroquies"},
		"gree": {"grecia", "griego", "griega", "griegos"},
		"iraq": {"irak", "iraqui", "iraquies"},
		"brit": {"british", "britanico", "britanica", "britanicos", "britanicas"},
		"guat": {"guatemalteco", "guatemalteca", "guatemaltecos", "guatemaltecas"},
		"burk": {"burkinabe", "burkinabes"},
		"gaza": {"franja", "gazati", "gazaties"}, // "la Franja de Gaza": not France's
		"unit": {"us", "u.s", "u.s.", "usa", "american", "estadounidense", "estadounidenses", "norteamericano",
			"norteamericana", "norteamericanos", "norteamericanas", "estados", "eeuu", "ee.uu", "ee.uu."},
		// names whose first four letters are another country's
		"autr": {"austria", "austrian", "austrians", "austriaco", "austriaca", "austriacos", "austriacas"}, // not Australia
		"ngr":  {"niger", "nigerien", "nigeriens", "nigerino", "nigerina", "nigerinos", "nigerinas"},       // not Nigeria
		"afri": {"sudafrica", "sudafricano", "sudafricana", "sudafricanos", "sudafricanas"},                // not Sudan
	}
	out := map[string]string{}
	for key, words := range groups {
		for _, w := range words {
			out[w] = key
		}
	}
	return out
}()

// demonymEndings end Spanish adjectives of nationality, written in lower
// case: "francés", "israelí", "chilena", "estadounidense".
var demonymEndings = []string{"ano", "ana", "anos", "anas", "ense", "enses", "es", "esa", "eses", "esas", "eno",
	"ena", "enos", "enas", "i", "ies", "ino", "ina", "inos", "inas"}

// ratioAfter after a number make it the first term of a ratio: "seis de
// cada diez", "one in every four", "one out of five".
var ratioAfter = phrasesOf(1, "de cada", "in every", "out of every", "of every", "in ten", "in four",
	"in five", "in three", "in two")

// sequenceWords order successive values of one count: "primero fueron 59,
// luego 120".
var sequenceWords = newWordSet("primero", "luego", "despues", "finalmente", "first", "then", "later", "finally",
	"eventually", "initially", "inicialmente")

// victimNouns count people something happened to, of any kind: "695
// victims, including 144 dead".
var victimNouns = newWordSet("victims", "victim", "víctimas", "víctima", "casualties")

// governmentOfficialWords name a government's officials or figures without
// naming a body: "officials said", "la cifra oficial".
var governmentOfficialWords = newWordSet("official", "officials", "oficial", "oficiales", "officially",
	"oficialmente", "authorities", "autoridades")

// otherOfficials beside "officials" or "autoridades" name officials who do
// not speak for the government: "aid officials", "autoridades locales".
var otherOfficials = newWordSet("aid", "health", "state", "local", "regional", "provincial", "municipal", "interim",
	"prison", "military", "judicial", "electoral", "police", "un", "u.n.", "hospital", "hospitalarias", "locales", "regionales", "sanitarias",
	"municipales", "estatales", "provinciales", "penitenciarias", "judiciales", "militares", "electorales",
	"policiales", "interinas")

// memberMarkers before a name make it one of the people counted:
// "including X", "incluido X".
var memberMarkers = newWordSet("including", "includes", "included", "incluido", "incluida", "incluidos",
	"incluidas", "incluyendo")

// confirmedNouns refer back to counts just given: "confirmó … la cantidad
// de fallecidos", "confirmed the tally".
var confirmedNouns = newWordSet("cantidad", "cifras", "datos", "data", "tally", "figures", "balance", "saldo")

// goalNouns before "of N" make N a goal, not a count: "the target of 500
// trucks per day", "la meta de 600 camiones".
var goalNouns = newWordSet("target", "targets", "goal", "goals", "aim", "objective", "quota", "cap", "ceiling",
	"meta", "metas", "objetivo", "objetivos", "cupo", "tope", "techo", "compromiso", "commitment", "pledge",
	"promise", "promesa", "capacity", "capacidad")

// bodyNouns name a body of an organisation: "the U.N. migration agency",
// "la agencia de la ONU para los refugiados".
var bodyNouns = newWordSet("agency", "agencies", "office", "body", "programme", "program", "fund", "mission",
	"agencia", "oficina", "organismo", "programa", "fondo", "misión")

// tallyPrefixes name a count compiled by whoever follows: "an AFP tally"
// is written "a tally by AFP", "un recuento de la AFP".
var tallyPrefixes = newWordSet("a tally by", "a count by", "tally by", "count by", "compiled by",
	"according to a count by", "according to a tally by", "recuento de", "recuento del", "conteo de",
	"conteo del", "según el conteo de", "según el conteo del", "published by", "an investigation by",
	"investigation by", "an analysis by", "analysis by", "a review by", "review by", "estimates by",
	"estimated by", "investigación de", "investigación del", "análisis de", "análisis del")

// groupedUnits are the single words of the unitGroups: nouns that name a
// unit some metric may be measured in.
var groupedUnits = func() wordSet {
	ws := wordSet{}
	for _, g := range unitGroups {
		for _, w := range g {
			if !strings.Contains(w, " ") {
				ws[foldString(w)] = true
			}
		}
	}
	return ws
}()

// thingUnits are the nouns of the unitGroups that count things, never
// people: homes, trucks, doses, drones, missiles, shelters, hectares, attacks, threats, animals (not
// customers, jobs, cases or votes, which stand for people).
var thingUnits = func() wordSet {
	things := newWordSet("homes", "trucks", "doses", "drones", "missiles", "shelters", "hectares", "attacks", "threats", "animals", "weapons",
		"vessels", "vehicles", "schools", "hospitals", "flights", "trains", "shops", "accounts", "packs")
	ws := wordSet{}
	for _, g := range unitGroups {
		if !things.has(foldString(g[0])) {
			continue
		}
		for _, w := range g {
			if !strings.Contains(w, " ") {
				ws[foldString(w)] = true
			}
		}
	}
	delete(ws, "hogares") // households: also customers
	for _, w := range []string{"arrivals", "departures", "salidas", "operaciones"} {
		delete(ws, w) // people arrive and leave too
	}
	return ws
}()

// animalUnits are the nouns of the unitGroups that count animals: things
// for units, but alive.
var animalUnits = func() wordSet {
	ws := wordSet{}
	for _, g := range unitGroups {
		if g[0] == "animals" {
			for _, w := range g {
				ws[foldString(w)] = true
			}
		}
	}
	return ws
}()

// unitGroups are nouns that count the same things: a metric measured in
// one of them is counted in any ("1.6 million homes and businesses" for a
// metric of customers, "camiones" for trucks).
var unitGroups = [][]string{
	{"customers", "customer", "clients", "users", "households", "homes", "accounts", "clientes",
		"usuarios", "hogares", "abonados", "suministros"},
	{"homes", "houses", "dwellings", "buildings", "housing units", "residences", "structures", "viviendas",
		"casas", "edificios", "inmuebles", "hogares", "edificaciones", "estructuras", "domicilios", "residencias",
		"residential buildings", "residential blocks", "apartment blocks", "apartments", "flats", "apartamentos"},
	{"trucks", "truckloads", "lorries", "camiones", "camionetas"},
	{"flights", "departures", "arrivals", "vuelos", "operaciones", "salidas"},
	{"doses", "shots", "vaccinations", "dosis", "vacunas"},
	{"jobs", "positions", "posts", "roles", "empleos", "puestos", "plazas", "puestos de trabajo",
		// a job cut is a worker let go: "will lay off about 2,500 workers"
		"workers", "employees", "staff", "staffers", "trabajadores", "trabajadoras", "empleados", "empleadas"},
	{"drones", "uavs", "aparatos", "unmanned aerial vehicles", "aviones no tripulados", "vehículos aéreos no tripulados"},
	{"missiles", "misiles", "rockets", "cohetes", "projectiles", "proyectiles"},
	{"shelters", "evacuation centres", "evacuation centers", "albergues", "refugios", "centros de evacuación",
		"centros de acogida", "refugios temporales"},
	{"hectares", "hectáreas"},
	{"tonnes", "tonne", "tons", "ton", "metric tons", "metric tonnes", "toneladas", "tonelada", "toneladas métricas"},
	{"barrels", "barriles"},
	{"litres", "liters", "litros"},
	{"gallons", "galones"},
	{"kilometres", "kilometers", "kilómetros"},
	{"complaints", "denuncias"},
	{"cases", "casos"},
	{"votes", "ballots", "votos", "papeletas", "sufragios"},
	{"attacks", "airstrikes", "air strikes", "strikes", "raids", "bombings", "ataques", "ataques aéreos",
		"bombardeos", "incursiones"},
	{"threats", "amenazas"},
	{"hours", "hour", "horas", "hora"},
	{"days", "day", "días", "día"},
	{"animals", "rhinos", "rhinoceroses", "elephants", "pangolins", "jaguars", "lions", "tigers", "gorillas",
		"animales", "rinocerontes", "elefantes", "pangolines", "jaguares", "leones", "tigres", "gorilas", "ejemplares",
		"birds", "poultry", "chickens", "hens", "ducks", "turkeys", "cattle", "aves", "pollos", "gallinas", "patos",
		"pavos", "reses", "cabezas de ganado", "ganado", "cows", "cow", "bulls", "oxen", "sheep", "goats", "camels", "pigs", "horses",
		"donkeys", "buffaloes", "livestock", "vacas", "toros", "bueyes", "ovejas", "cabras", "camellos", "cerdos", "caballos",
		"burros", "búfalos", "whales", "dolphins", "porpoises", "seals", "sea lions", "turtles", "sea turtles", "sharks", "dogs",
		"cats", "deer", "bears", "wolves", "monkeys", "apes", "chimpanzees", "ballenas", "delfines", "marsopas", "focas",
		"lobos marinos", "tortugas", "tortugas marinas", "tiburones", "perros", "gatos", "venados", "ciervos", "osos", "lobos",
		"monos", "chimpancés", "manatees", "manatíes", "penguins", "pingüinos", "orangutans", "orangutanes", "leopards",
		"leopardos", "cheetahs", "guepardos", "giraffes", "jirafas", "hippos", "hipopótamos", "crocodiles", "cocodrilos",
		"bovinos", "bovines", "terneros", "calves", "vaquillonas", "heifers", "vacunos", "novillos", "ovinos", "caprinos",
		"porcinos", "equinos", "lambs", "corderos", "aves de corral", "hogs", "swine", "piglets", "sows", "boars",
		"wild boars", "jabalíes", "lechones", "cerdas", "marranos", "chanchos", "mules", "mulas", "llamas", "alpacas"},
	{"weapons", "firearms", "guns", "arms", "rifles", "pistols", "handguns", "shotguns", "armas", "armas de fuego", "fusiles",
		"pistolas", "escopetas", "revólveres", "carabinas"},
	{"vessels", "ships", "boats", "trawlers", "tankers", "buques", "barcos", "embarcaciones", "lanchas", "naves"},
	{"vehicles", "cars", "motorcycles", "motorbikes", "vehículos", "autos", "automóviles", "coches", "carros", "motocicletas",
		"motos", "buses", "autobuses", "ómnibus", "coaches", "minibuses"},
	{"schools", "escuelas", "colegios", "planteles", "centros educativos", "centros escolares", "instituciones educativas",
		"locales escolares", "school buildings", "unidades educativas"},
	{"hospitals", "facilities", "health facilities", "health centres", "health centers", "clinics", "medical centres",
		"medical centers", "hospitales", "clínicas", "centros de salud", "centros médicos", "centros sanitarios",
		"centros hospitalarios", "establecimientos de salud", "instalaciones sanitarias"},
	{"families", "familias", "households", "hogares", "núcleos familiares"},
	{"beds", "bed", "camas", "cama", "plazas hospitalarias"},
	{"boats", "dinghies", "inflatables", "small boats", "pateras", "cayucos", "neumáticas", "lanchas", "embarcaciones",
		"botes", "canoes", "barcas"},
	{"tanker trucks", "water trucks", "tankers", "pipas", "carros tanque", "camiones cisterna", "cisternas", "trucks", "camiones"},
	{"trains", "trenes", "convoys", "convoyes", "train services", "servicios ferroviarios", "circulaciones", "services",
		"servicios"},
	{"shops", "stores", "businesses", "supermarkets", "premises", "outlets", "tiendas", "comercios", "negocios", "locales",
		"locales comerciales", "establecimientos", "supermercados"},
	{"accounts", "bank accounts", "cuentas", "cuentas bancarias"},
	{"applications", "requests", "solicitudes", "peticiones", "expedientes", "asylum applications",
		"asylum requests", "asylum claims", "protection claims", "solicitudes de asilo", "peticiones de asilo",
		"solicitudes de protección internacional"},
	{"packs", "packets", "cajetillas", "paquetes"},
}

// populationNouns name everyone, or every vote: a share of them is no part of a count
// ("21.2 million people, 45 percent of the population").
var populationNouns = newWordSet("population", "populace", "inhabitants", "residents", "población", "habitantes",
	"country", "país", "electorate", "padrón", "registered",
	// every vote: "1.761.433 votos nulos, el 16,26% de los sufragios"
	"votes", "vote", "ballots", "votos", "sufragios", "papeletas", "boletas")

// needPhrases say what is needed, not what is: "hacen falta 600 camiones",
// "600 trucks are needed".
var needPhrases = phrasesOf(1, "hacen falta", "hace falta", "harían falta", "se necesitan", "se necesitarían",
	"se requieren", "are needed", "is needed", "were needed", "would be needed", "are required", "is required",
	"needed", "required", "requires", "require", "son necesarios", "son necesarias", "serían necesarios", "needs", "need", "necesita",
	"necesitan", "necesitará", "necesitarán", "necesitaría", "necesitarían", "requiere", "requieren", "requerirá",
	"harán falta", "hará falta", "habría que", "habrá que", "hay que", "tendría que", "tendrían que", "tendrá que", "tendrán que", "would have to",
	"will have to", "would need to")

// warrantPhrases order arrests that have not happened yet: "ordered the
// detention of 2,745 judges", "giró órdenes de captura contra 40
// personas".
var warrantPhrases = phrasesOf(1, "ordered the arrest of", "ordered the arrests of", "ordered the detention of",
	"issued arrest warrants for", "issued warrants for", "arrest warrants for", "warrants for the arrest of",
	"ordenó la detención de", "ordenó la captura de", "ordenó el arresto de", "ordenó la aprehensión de",
	"ordenaron la detención de", "ordenaron la captura de", "ordenaron el arresto de", "órdenes de captura contra",
	"órdenes de captura para", "órdenes de captura de", "órdenes de aprehensión contra", "órdenes de detención contra",
	"órdenes de arresto contra", "órdenes de arresto para")

// modalWords as the verb of a counted noun make a possibility: "1,000
// trucks could come in".
var modalWords = newWordSet("could", "would", "might", "may", "should", "will", "podrían", "podría", "deberían",
	"debería", "pudieran", "pudiesen")

// riseVerbsEs are Spanish verbs of a figure rising to a level: after a
// modal, "podría aumentar a 600" is a forecast.
var riseVerbsEs = newWordSet("aumentar", "subir", "escalar", "llegar", "elevarse", "ascender", "superar",
	"alcanzar", "crecer", "rebasar")

// incrementWords may stand between "se suman" and the number added: "se
// suman otros 122".
var incrementWords = newWordSet("otros", "otras", "another", "further", "más")

// reportNouns name a report whose author the text has just named: "El
// informe cifra en…", "the analysis found".
var reportNouns = newWordSet("report", "analysis", "study", "survey", "assessment", "review", "update",
	"bulletin", "data", "informe", "análisis", "estudio", "reporte", "evaluación", "boletín", "actualización",
	"documento", "document")

// inclusionVerbs are the subsetMarkers that are verbs: after no earlier
// count they give what a tally holds, not a part of a count.
var inclusionVerbs = newWordSet("include", "includes", "included", "incluye", "incluyen", "incluía", "incluían",
	"incluyó", "incluyeron")

// ownCountVerbs after a news outlet make the figure its own count, not one
// it relays: "the Guardian put the toll at 6,500", "la AFP contabilizó".
var ownCountVerbs = newWordSet("put", "puts", "estimated", "estimates", "counted", "counts", "tallied",
	"calculated", "calculates", "cifró", "cifra", "contabilizó", "contabiliza", "calculó", "calcula", "estimó", "estima")

// possessives stand for an owner named before: "its own tally", "según sus
// actas".
var possessives = newWordSet("its", "their", "su", "sus")

// ownersPossessives say whose people are counted, in the first person:
// "241 of our officers", "tres de nuestros hombres".
var ownersPossessives = newWordSet("our", "nuestros", "nuestras")

// copulaInfinitives after a modal make the number after them a
// possibility: "could be as high as 200", "podría ser de 300".
var copulaInfinitives = newWordSet("be", "ser", "estar", "reach", "alcanzar", "superar", "exceed", "top", "haber", "existir")

// conditionWords set a condition: "si", "if", "unless".
var conditionWords = newWordSet("si", "if", "unless")

// preventVerbs before a number say what was or would be prevented: "lo
// que supondría evitar unas 50.000", "averted 7,600".
var preventVerbs = newWordSet("evitar", "evitaría", "evitarían", "evitó", "evitaron", "evitado", "prevent", "prevented",
	"avert", "averted", "avoid", "avoided")

// roleNouns name people by their work, role or age: a metric of "health
// workers killed" or "children in child labour" counts them, not everyone.
var roleNouns = newWordSet("workers", "worker", "trabajadores", "trabajadoras", "staff", "personnel", "employees",
	"empleados", "funcionarios", "medics", "paramedics", "doctors", "nurses", "sanitarios", "médicos", "medicos",
	"enfermeras", "enfermeros", "paramédicos", "humanitarians", "humanitarios", "cooperantes", "volunteers",
	"voluntarios", "journalists", "periodistas", "reporters", "leaders", "líderes", "lideres", "dirigentes",
	"defenders", "defensores", "defensoras", "lideresas", "activists", "activistas", "soldiers", "troops", "militares", "uniformados",
	"officers", "policías", "policias", "police", "students", "estudiantes", "children", "niños", "ninos",
	"minors", "menores", "miners", "mineros", "firefighters", "bomberos", "brigadistas", "lawyers", "abogados",
	"abogadas", "attorneys", "teachers", "docentes", "maestros", "profesores", "priests", "sacerdotes", "curas")

// broadPopulation name people at large: a count of them is no count of a
// metric restricted to some of them ("553 people dead" is no count of
// health workers killed).
var broadPopulation = newWordSet("people", "persons", "person", "personas", "persona", "individuals", "individuos",
	"civilians", "civiles", "patients", "pacientes", "residents", "habitantes", "vecinos", "villagers",
	"pobladores", "passengers", "pasajeros", "victims", "víctimas", "victimas", "prisoners", "presos", "presas",
	"inmates", "reclusos", "reclusas")

// genericRoles name whoever works somewhere: alone they restrict a metric
// to no one in particular ("Workers trapped" in a mine are the people
// trapped there).
var genericRoles = newWordSet("workers", "worker", "trabajadores", "trabajadoras", "staff", "personnel",
	"employees", "empleados", "funcionarios")

// roleModifiers after a generic role make it particular: "trabajadores
// sanitarios", "personal humanitario".
var roleModifiers = newWordSet("sanitarios", "sanitarias", "humanitarios", "humanitarias", "migrantes",
	"médicos", "medicos", "de salud", "salud")

// pluralScales after an article make no number: "a millones de menores",
// "thousands".
var pluralScales = newWordSet("millones", "miles", "millions", "thousands", "billions", "hundreds", "cientos",
	"centenares", "decenas", "dozens")

// capacityNouns before "for" or "para" make the number a capacity: "room
// for 8,524", "capacidad para 8.524 migrantes".
var capacityNouns = newWordSet("capacity", "room", "space", "places", "beds", "capacidad", "cupo", "cupos", "plazas",
	"sitio", "espacio", "camas")

// stateInstitutionNouns name a state's institutions: "the ministry", "the
// police", "el Gobierno" are the tracker's own even when the text has not
// named them in full; any other institution noun refers back to one it
// named.
var stateInstitutionNouns = newWordSet("government", "gobierno", "ministry", "ministerio", "police", "policía",
	"army", "ejército", "military", "militares", "authorities", "autoridades", "authority", "autoridad",
	"presidency", "presidencia", "junta", "regime", "régimen", "cabinet", "executive", "ejecutivo", "department",
	"departamento", "secretaría", "prosecutor", "fiscalía", "administration", "administración",
	"guard", "guardia", "navy", "armada", "coastguard", "minister", "ministro", "ministra", "president",
	"presidente", "presidenta", "governor", "gobernador", "gobernadora", "mayor", "alcalde", "alcaldesa",
	"officials", "funcionarios", "spokesman", "portavoz", "vocero", "county", "condado", "municipality", "municipio",
	"alcaldía", "ayuntamiento", "gobernación", "province", "provincia", "state", "estado", "registry", "registrar",
	"registraduría", "registrador", "regulator", "regulador", "superintendency", "superintendencia")
