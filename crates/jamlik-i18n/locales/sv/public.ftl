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
