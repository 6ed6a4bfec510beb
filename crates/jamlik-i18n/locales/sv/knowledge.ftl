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

# Webbutbildning: kurser, quiz och intyg.
courses-title = Kurser
courses-intro = Webbkurser för alla som arbetar med likabehandling och jämställdhet i en kommun. Alla kan läsa dem; inloggad sparas dina framsteg, och en avklarad kurs ger ett intyg som vem som helst kan kontrollera.
course-minutes = { $count ->
    [one] ungefär en minut
   *[other] ungefär { $formatted } minuter
}
course-progress = { $done } av { $total } steg klara
course-your-progress = Dina framsteg
course-start = Börja
course-continue = Fortsätt
course-modules = Moduler
course-steps = Kursens steg
course-certificate = Ditt intyg
course-sign-in-to-track = Logga in så sparas dina framsteg, du kan göra quizen och få intyget.
course-renew = Förnya intyget
course-renew-hint = Ditt intyg går snart ut eller har gått ut. Gör quizen igen för att få ett nytt; det tidigare intyget finns kvar som det är.
lesson-read = Läst
lesson-mark-read = Markera som läst och fortsätt
lesson-continue = Fortsätt
lesson-watch = Se videon
lesson-transcript = Textversion
quiz-link = Quiz
quiz-title = Quiz: { $title }
quiz-rules = Varje försök lottar { $count } frågor av { $total }. För att klara quizen ska { $percent } % av svaren vara rätt. Du har { $minutes } minuter på dig och kan försöka igen så många gånger du vill.
quiz-start = Börja quizen
quiz-again = Försök igen
quiz-resume = Fortsätt det pågående försöket
quiz-attempts = Dina försök
quiz-when = Inlämnat
quiz-score-heading = Rätta svar
quiz-result = Resultat
quiz-score = { $done } av { $total } rätt
quiz-pass-mark = { $percent } % krävs för godkänt
quiz-passed = Godkänt
quiz-failed = Inte godkänt ännu
quiz-deadline = Svara senast { $deadline }. En fråga utan svar räknas som fel.
quiz-question = Fråga { $number } av { $total }
quiz-submit = Lämna in svaren
quiz-your-answer = Ditt svar
quiz-not-answered = inget svar
quiz-right = rätt
quiz-wrong = fel
quiz-right-answer = Rätt svar
quiz-back = Tillbaka till kursen
certificates-title = Dina intyg
certificates-none = Du har inga intyg ännu.
certificates-name-heading = Ditt namn på intygen
certificates-name-label = Namn som visas
certificates-name-hint = Visas på intyg som utfärdas från och med nu och på deras offentliga kontrollsida. Intyg som redan utfärdats behåller sitt namn.
certificates-name-save = Spara namnet
certificate-course = Kurs
certificate-holder = Innehavare
certificate-kind = Slag
certificate-kind-completion = Kursintyg
certificate-statement = har genomgått kursen, läst alla lektioner och klarat alla quiz:
certificate-issued = Utfärdat
certificate-expires = Giltigt till
certificate-version = Kursversion
certificate-code = Kod
certificate-state = Status
certificate-verify-at = Kontrollera på
certificate-pdf = Intyget som PDF
certificate-pdf-short = PDF
certificate-valid = Giltigt
certificate-expired = Har gått ut
certificate-revoked = Återkallat
verify-title = Kontrollera ett intyg
verify-certificate-title = Intyg
verify-intro = Skriv koden som står på ett intyg för att se om intyget är giltigt.
verify-code-label = Intygets kod
verify-check = Kontrollera
verify-another = Kontrollera ett annat intyg
verify-privacy = Om innehavaren visas bara det namn hen själv valt att visa, inget annat.
notice-course-completed = Grattis – du har genomgått kursen. Här är ditt intyg.
notice-course-renewed = Förnyelsen har börjat: gör quizen igen för att få ett nytt intyg.
notice-certificate-name-saved = Namnet är sparat.
mail-certificate-expiry-subject = Ditt intyg för ”{ $title }” går ut { $deadline }
mail-certificate-expiry-body =
    Hej { $name },
    { "" }
    Ditt intyg för kursen ”{ $title }” är giltigt till { $deadline }. Du förnyar det genom att göra kursens quiz igen; ditt tidigare intyg finns kvar som det är.
    { "" }
    { $link }

# Organisationens utbildning.
training-title = Utbildning
training-intro = Hur många av organisationens medlemmar som har börjat varje kurs och har ett giltigt intyg, jämfört med de mål ni har satt. Bjud in dem som ännu inte har gått en kurs.
training-by-role = Medlemmar per roll
training-role = Roll
training-members = Medlemmar
training-started = Har börjat
training-certified = Giltigt intyg
training-target = Mål
training-target-text = { $percent } % senast { $date }
training-met = uppnått
training-not-met = inte uppnått ännu
training-set-target = Sätt ett mål
training-share = Andel med giltigt intyg (%)
training-due = Senast
training-save-target = Spara målet
training-invite = Bjud in till kursen
training-invite-hint = Alla i rollen utan giltigt intyg får en gång ett e-postmeddelande med en länk till kursen; den som redan bjudits in får inget nytt.
training-everyone = Alla
training-send-invitations = Skicka inbjudningarna
training-people = Medlemmarna och deras framsteg
training-name = Namn
training-progress = Framsteg
training-certificate = Intyg
training-was-invited = inbjuden
notice-training-target-saved = Målet är sparat.
notice-training-invited = { $count ->
    [0] Ingen bjöds in: alla i rollen har intyg eller är redan inbjudna.
    [one] En person bjöds in.
   *[other] { $formatted } personer bjöds in.
}
mail-course-invitation-subject = Inbjudan till kursen ”{ $title }”
mail-course-invitation-body =
    Hej { $name },
    { "" }
    { $inviter } bjuder in dig att gå webbkursen ”{ $title }”. Du kan gå den i din egen takt; när du har läst alla lektioner och klarat alla quiz får du ett intyg.
    { "" }
    { $link }
