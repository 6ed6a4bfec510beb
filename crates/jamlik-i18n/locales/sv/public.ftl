# Public pages: the start page and the published plan.

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

version = Version
public-plan-note = Planen visas som den godkändes. Åtgärdernas läge uppdateras i uppföljningen.
start-published-heading = Publicerade planer

public-newer-version = Det här är version { $value } av planen. En nyare version har publicerats sedan dess.
public-newest-link = Läs den senaste versionen ({ $value })
public-stable-note = Den här adressen visar alltid den senast publicerade versionen av planen.
public-this-version = Det här är version { $value } av planen.
public-stable-link = Planens bestående adress
