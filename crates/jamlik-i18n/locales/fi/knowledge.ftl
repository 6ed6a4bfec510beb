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
