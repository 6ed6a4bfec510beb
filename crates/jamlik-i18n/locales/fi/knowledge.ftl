# Tieto ja oppiminen: julkinen opas, toimenpideluettelo ja haku.
guide-title = Opas yhdenvertaisuus- ja tasa-arvosuunnitteluun
guide-intro = Mitä laki edellyttää organisaatiolta ja miten se tehdään, vaihe vaiheelta, kunkin velvoitteen osalta. Opas on kaikkien luettavissa; Jämlikissä kukin vaihe tehdään myös suunnitelmassa.
guide-steps = { $count ->
    [one] Yksi vaihe
   *[other] { $formatted } vaihetta
}
guide-country-FI = Suomi
guide-country-SE = Ruotsi
guide-country-EU = Euroopan unioni
guide-law = Laki
guide-law-link = Lue laki
guide-obligations = Ketä velvoite koskee
guide-steps-heading = Vaiheet
guide-step-of = Vaihe { $number }/{ $count }
guide-what-to-do = Mitä tehdään ja miksi
guide-produces = Mitä vaiheessa syntyy
guide-produces-none = Tämä vaihe valmistelee työtä; siinä ei kirjoiteta omaa osaa suunnitelmaan.
guide-required = pakollinen
guide-optional = vapaaehtoinen
guide-checklists = Läpikäytävät kysymykset
guide-previous = Edellinen vaihe
guide-next = Seuraava vaihe
guide-do-it = Tee tämä vaihe suunnitelmassasi: avaa organisaatiosi ja sitten suunnitelma.
guide-do-it-link = Omat organisaationi
guide-sign-in = Kirjaudu sisään tehdäksesi tämän vaiheen organisaatiosi suunnitelmassa.
guide-catalogue-link = Tämän työn toimenpiteet luettelossa
search-title = Hae oppaasta ja luettelosta
search-label = Haku
search-hint = Sanat löytyvät missä tahansa taivutusmuodossa, myös yhdyssanojen sisältä.
search-button = Hae
search-none = Haulla ”{ $query }” ei löytynyt mitään. Kokeile toista tai lyhyempää sanaa.
search-count = { $count ->
    [one] Yksi tulos
   *[other] { $formatted } tulosta
}
search-kind-framework = Velvoite
search-kind-step = Vaihe
search-kind-measure = Toimenpide
catalogue-title = Toimenpideluettelo
catalogue-intro = Yleisiä toimenpiteitä ja ohjeet niiden toteuttamiseen ja seurantaan. Suunnitelmaan luettelosta valittu toimenpide lasketaan tähän, kun vähintään viisi organisaatiota on käyttänyt sitä.
catalogue-framework = Velvoite
catalogue-category = Luokka
catalogue-all-frameworks = Kaikki velvoitteet
catalogue-all-categories = Kaikki luokat
catalogue-all = Näytä kaikki toimenpiteet
catalogue-filter = Näytä
catalogue-none = Valintaa vastaavia toimenpiteitä ei ole.
catalogue-serves = Palvelee
catalogue-used-by = { $count } organisaation suunnitelmissa; toteutettu { $done } organisaatiossa.
catalogue-used-by-few = Toistaiseksi alle { $min } organisaation käytössä.
catalogue-count = { $count ->
    [one] Yksi toimenpide
   *[other] { $formatted } toimenpidettä
}
handbook-contents = Sisällys
handbook-actions = Mitä kukin palvelu voi tehdä
handbook-examples = Esimerkkejä
guide-handbooks = Käsikirjat
search-kind-chapter = Käsikirja

# Verkkokoulutus: kurssit, tehtävät ja todistukset.
courses-title = Kurssit
courses-intro = Verkkokursseja kaikille, jotka tekevät yhdenvertaisuus- ja tasa-arvotyötä kunnassa. Kuka tahansa voi lukea ne; kirjautuneena edistymisesi tallentuu, ja suoritetusta kurssista saa todistuksen, jonka aitouden kuka tahansa voi tarkistaa.
course-minutes = { $count ->
    [one] noin minuutti
   *[other] noin { $formatted } minuuttia
}
course-progress = { $done }/{ $total } vaihetta tehty
course-your-progress = Edistymisesi
course-start = Aloita
course-continue = Jatka
course-modules = Moduulit
course-steps = Kurssin vaiheet
course-certificate = Todistuksesi
course-sign-in-to-track = Kirjaudu sisään, niin edistymisesi tallentuu, voit tehdä tehtävät ja saada todistuksen.
course-renew = Uusi todistus
course-renew-hint = Todistuksesi vanhenee pian tai on vanhentunut. Tee tehtävät uudelleen saadaksesi uuden; aiempi todistus säilyy ennallaan.
lesson-read = Luettu
lesson-mark-read = Merkitse luetuksi ja jatka
lesson-continue = Jatka
lesson-watch = Katso video
lesson-transcript = Tekstivastine
quiz-link = Tehtävä
quiz-title = Tehtävä: { $title }
quiz-rules = Jokaisella suorituskerralla arvotaan { $count } kysymystä { $total } kysymyksen joukosta. Hyväksyttyyn suoritukseen tarvitaan { $percent } % oikein. Aikaa on { $minutes } minuuttia, ja voit yrittää uudelleen niin monta kertaa kuin haluat.
quiz-start = Aloita tehtävä
quiz-again = Yritä uudelleen
quiz-resume = Jatka kesken olevaa suorituskertaa
quiz-attempts = Suorituskertasi
quiz-when = Palautettu
quiz-score-heading = Oikeat vastaukset
quiz-result = Tulos
quiz-score = { $done }/{ $total } oikein
quiz-pass-mark = hyväksyttyyn tarvitaan { $percent } %
quiz-passed = Hyväksytty
quiz-failed = Ei vielä hyväksytty
quiz-deadline = Vastaa viimeistään { $deadline }. Vastaamatta jätetty kysymys lasketaan vääräksi.
quiz-question = Kysymys { $number }/{ $total }
quiz-submit = Palauta vastaukset
quiz-your-answer = Vastauksesi
quiz-not-answered = ei vastausta
quiz-right = oikein
quiz-wrong = väärin
quiz-right-answer = Oikea vastaus
quiz-back = Takaisin kurssille
certificates-title = Todistuksesi
certificates-none = Sinulla ei ole vielä todistuksia.
certificates-name-heading = Nimesi todistuksissa
certificates-name-label = Näytettävä nimi
certificates-name-hint = Näkyy tästä eteenpäin myönnettävissä todistuksissa ja niiden julkisella tarkistussivulla. Jo myönnetyt todistukset säilyttävät nimensä.
certificates-name-save = Tallenna nimi
certificate-course = Kurssi
certificate-holder = Haltija
certificate-kind = Laji
certificate-kind-completion = Suoritustodistus
certificate-statement = on suorittanut kurssin, lukenut kaikki oppitunnit ja läpäissyt kaikki tehtävät:
certificate-issued = Myönnetty
certificate-expires = Voimassa asti
certificate-version = Kurssin versio
certificate-code = Koodi
certificate-state = Tila
certificate-verify-at = Tarkista osoitteessa
certificate-pdf = Todistus PDF-tiedostona
certificate-pdf-short = PDF
certificate-valid = Voimassa
certificate-expired = Vanhentunut
certificate-revoked = Peruttu
verify-title = Tarkista todistus
verify-certificate-title = Todistus
verify-intro = Kirjoita todistukseen painettu koodi, niin näet, onko todistus voimassa.
verify-code-label = Todistuksen koodi
verify-check = Tarkista
verify-another = Tarkista toinen todistus
verify-privacy = Haltijasta julkaistaan vain nimi, jonka hän on valinnut näytettäväksi, ei mitään muuta.
notice-course-completed = Onnittelut – olet suorittanut kurssin. Tässä on todistuksesi.
notice-course-renewed = Uudelleensertifiointi on alkanut: tee tehtävät uudelleen saadaksesi uuden todistuksen.
notice-certificate-name-saved = Nimi on tallennettu.
mail-certificate-expiry-subject = Todistuksesi kurssista ”{ $title }” vanhenee { $deadline }
mail-certificate-expiry-body =
    Hei { $name },
    { "" }
    Todistuksesi kurssista ”{ $title }” on voimassa { $deadline } asti. Voit uusia sen tekemällä kurssin tehtävät uudelleen; aiempi todistuksesi säilyy ennallaan.
    { "" }
    { $link }

# Organisaation koulutus.
training-title = Koulutus
training-intro = Kuinka moni organisaationne jäsenistä on aloittanut kunkin kurssin ja jolla on voimassa oleva todistus, verrattuna asettamiinne tavoitteisiin. Kutsu kurssille ne, jotka eivät ole vielä suorittaneet sitä.
training-by-role = Jäsenet rooleittain
training-role = Rooli
training-members = Jäseniä
training-started = Aloittaneita
training-certified = Voimassa oleva todistus
training-target = Tavoite
training-target-text = { $percent } % { $date } mennessä
training-met = saavutettu
training-not-met = ei vielä saavutettu
training-set-target = Aseta tavoite
training-share = Osuus, jolla on voimassa oleva todistus (%)
training-due = Mennessä
training-save-target = Tallenna tavoite
training-invite = Kutsu kurssille
training-invite-hint = Jokainen roolin jäsen, jolla ei ole voimassa olevaa todistusta, saa kerran sähköpostin, jossa on linkki kurssille; jo kutsutuille ei lähetetä uutta viestiä.
training-everyone = Kaikki
training-send-invitations = Lähetä kutsut
training-people = Jäsenet ja heidän edistymisensä
training-name = Nimi
training-progress = Edistyminen
training-certificate = Todistus
training-was-invited = kutsuttu
notice-training-target-saved = Tavoite on tallennettu.
notice-training-invited = { $count ->
    [0] Ketään ei kutsuttu: kaikilla roolin jäsenillä on todistus tai heidät on jo kutsuttu.
    [one] Yksi henkilö kutsuttiin.
   *[other] { $formatted } henkilöä kutsuttiin.
}
mail-course-invitation-subject = Kutsu kurssille ”{ $title }”
mail-course-invitation-body =
    Hei { $name },
    { "" }
    { $inviter } kutsuu sinut suorittamaan verkkokurssin ”{ $title }”. Voit edetä omaan tahtiisi; kun olet lukenut kaikki oppitunnit ja läpäissyt kaikki tehtävät, saat todistuksen.
    { "" }
    { $link }
