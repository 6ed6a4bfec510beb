# Public: the start page.

start-title = Start
start-heading = Likabehandling och jämställdhet – planerat, genomfört och uppföljt
start-lead = Jämlik hjälper kommuner och andra organisationer i Finland och Sverige att göra det lagstadgade arbetet från början till slut: kartlägga sina tjänster, planera åtgärder, genomföra, följa upp och publicera – och visar nationella aktörer var hela landet står.
start-go-home = Till mina organisationer
start-who-heading = För vem
start-who-coordinator = Samordnare
start-who-coordinator-text = Leder planeringen, bjuder in kolleger och publicerar planen.
start-who-contributor = Medverkande
start-who-contributor-text = Kartlägger sina egna tjänster och enheter, äger åtgärder och rapporterar hur de går.
start-who-monitor = Nationell tillsyn
start-who-monitor-text = Ser alla skyldiga organisationers läge, granskar planer och ger återkoppling.
start-who-public = Invånare
start-who-public-text = Läser publicerade planer, uppföljningar och öppna data utan konto.
start-register-heading = Registret
start-register-fi = kommuner i Finland
start-register-se = kommuner i Sverige
start-register-source = Källor: Statistikcentralen (CC BY 4.0), SCB (CC0).

start-published-heading = Publicerade planer

## Hitta en organisation
start-find-heading = Hitta en kommun eller organisation
start-find-label = Namn eller kod
start-find-register = Bläddra i registret
start-find-overview = Den nationella översikten
start-find-map = Kartan
register-title = Register över organisationer
register-lead = Varje kommun och annan skyldig organisation i Jämlik, med status för varje skyldighet beräknad från dess publicerade planer och rapporter.
register-search-label = Sök i registret
register-search = Namn eller kod
register-search-hint = Något av dess namn eller en del av det, på finska eller svenska (till exempel Åbo, Turku eller vaa), eller kommunkoden.
register-status = Status
register-all = Alla
register-find = Sök
register-clear = Rensa
register-results = Organisationer
register-count = { $count ->
    [one] En organisation hittades.
   *[other] { $formatted } organisationer hittades.
}
register-none = Ingen organisation matchar ”{ $query }” med dessa filter. Pröva en del av namnet, namnet på det andra språket eller färre filter.
register-empty = Registret har ännu inga organisationer.
register-organisation = Organisation

## En organisations offentliga sida
org-page-title = Organisation
org-page-languages = Språk
org-page-obligations = Skyldigheter och deras status
org-page-obligations-intro = Vad lagen kräver av organisationen och var den står i dag.
org-page-no-obligations = Ingen skyldighet som Jämlik följer upp gäller organisationen.
org-page-obligation = Skyldighet
org-page-status = Status i dag
org-page-missing = Saknas
org-page-next-change = Statusen ändras
org-page-source = Grundar sig på
org-page-source-plan = en plan i Jämlik
org-page-source-self-report = en självrapporterad plan
org-page-source-none = ingen plan
org-page-computed = Statusen beräknas varje dag från de publicerade planerna och rapporterna, den skrivs aldrig in för hand.
org-page-published = Publicerade planer och rapporter
org-page-nothing-published = Ingenting har publicerats ännu.
org-page-approved-on = Godkänd
org-page-approved-by = Godkänd av
org-page-covers = Omfattar
org-page-read = Läs
org-page-read-plan = Läs planen
org-page-read-external = Organisationens egen sida
org-page-version = version { $value }
org-page-address = Sidans bestående adress: { $address }
org-page-followups = Uppföljningsrapporter
org-page-followup-round = Omgång
org-page-followup-plan = Plan
org-page-followup-as-of = Läget den
org-page-read-report = Läs rapporten
