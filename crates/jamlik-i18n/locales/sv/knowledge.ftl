# Kunskap och lärande: den offentliga vägledningen, åtgärdskatalogen och sökningen.
guide-title = Vägledning för likabehandlings- och jämställdhetsplanering
guide-intro = Vad lagen kräver av en organisation och hur det görs, steg för steg, för varje skyldighet. Alla kan läsa den; i Jämlik görs varje steg också i planen.
guide-steps = { $count ->
    [one] Ett steg
   *[other] { $formatted } steg
}
guide-country-FI = Finland
guide-country-SE = Sverige
guide-country-EU = Europeiska unionen
guide-law = Lagen
guide-law-link = Läs lagen
guide-obligations = Vem skyldigheten gäller
guide-steps-heading = Stegen
guide-step-of = Steg { $number } av { $count }
guide-what-to-do = Vad som görs och varför
guide-produces = Vad steget ger
guide-produces-none = Det här steget förbereder arbetet; det skriver ingen egen del av planen.
guide-required = obligatorisk
guide-optional = frivillig
guide-checklists = Frågor att gå igenom
guide-previous = Föregående steg
guide-next = Nästa steg
guide-do-it = Gör det här steget i er plan: öppna organisationen och sedan planen.
guide-do-it-link = Mina organisationer
guide-sign-in = Logga in för att göra det här steget i organisationens plan.
guide-catalogue-link = Åtgärder för det här arbetet i katalogen
search-title = Sök i vägledningen och katalogen
search-label = Sök
search-hint = Orden hittas i alla sina böjningsformer, också inne i sammansatta ord.
search-button = Sök
search-none = Ingenting hittades för ”{ $query }”. Pröva ett annat eller kortare ord.
search-count = { $count ->
    [one] Ett resultat
   *[other] { $formatted } resultat
}
search-kind-framework = Skyldighet
search-kind-step = Steg
search-kind-measure = Åtgärd
catalogue-title = Åtgärdskatalog
catalogue-intro = Vanliga åtgärder med vägledning om hur de genomförs och följs upp. En åtgärd som valts ur katalogen i en plan räknas här, när minst fem organisationer har använt den.
catalogue-framework = Skyldighet
catalogue-category = Kategori
catalogue-all-frameworks = Alla skyldigheter
catalogue-all-categories = Alla kategorier
catalogue-all = Visa alla åtgärder
catalogue-filter = Visa
catalogue-none = Ingen åtgärd motsvarar valet.
catalogue-serves = Tjänar
catalogue-used-by = I planerna hos { $count } organisationer; genomförd hos { $done }.
catalogue-used-by-few = Hittills använd av färre än { $min } organisationer.
catalogue-count = { $count ->
    [one] En åtgärd
   *[other] { $formatted } åtgärder
}
handbook-contents = Innehåll
handbook-actions = Vad varje tjänst kan göra
handbook-examples = Exempel
guide-handbooks = Handböcker
search-kind-chapter = Handbok
