# Public: the start page.

start-title = Etusivu
start-heading = Yhdenvertaisuus ja tasa-arvo – suunniteltu, toteutettu ja seurattu
start-lead = Jämlik auttaa kuntia ja muita organisaatioita Suomessa ja Ruotsissa tekemään lakisääteisen työn alusta loppuun: arvioimaan palvelunsa, suunnittelemaan toimenpiteet, toteuttamaan, seuraamaan ja julkaisemaan – ja näyttää valtakunnallisille toimijoille koko maan tilanteen.
start-go-home = Omiin organisaatioihin
start-who-heading = Kenelle
start-who-coordinator = Koordinaattorit
start-who-coordinator-text = Vetävät suunnittelua, kutsuvat kollegat mukaan ja julkaisevat suunnitelman.
start-who-contributor = Osallistujat
start-who-contributor-text = Arvioivat omat palvelunsa ja yksikkönsä, vastaavat toimenpiteistä ja raportoivat niiden etenemisestä.
start-who-monitor = Valtakunnallinen seuranta
start-who-monitor-text = Näkevät kaikkien velvollisten organisaatioiden tilanteen, arvioivat suunnitelmia ja antavat palautetta.
start-who-public = Asukkaat
start-who-public-text = Lukevat julkaistuja suunnitelmia, seurantaraportteja ja avointa dataa ilman tunnusta.
start-register-heading = Rekisteri
start-register-fi = kuntaa Suomessa
start-register-se = kuntaa Ruotsissa
start-register-source = Lähteet: Tilastokeskus (CC BY 4.0), SCB (CC0).

start-published-heading = Julkaistut suunnitelmat

## Organisaation haku
start-find-heading = Etsi kunta tai organisaatio
start-find-label = Nimi tai koodi
start-find-register = Selaa rekisteriä
start-find-overview = Valtakunnallinen katsaus
start-find-map = Kartta
register-title = Organisaatiorekisteri
register-lead = Jokainen Jämlikissä oleva kunta ja muu velvoitettu organisaatio sekä kunkin velvoitteen tila, joka lasketaan sen julkaisemista suunnitelmista ja raporteista.
register-search-label = Hae rekisteristä
register-search = Nimi tai koodi
register-search-hint = Mikä tahansa sen nimistä tai osa nimeä suomeksi tai ruotsiksi (esimerkiksi Turku, Åbo tai vaa) tai kuntanumero.
register-status = Tila
register-all = Kaikki
register-find = Hae
register-clear = Tyhjennä
register-results = Organisaatiot
register-count = { $count ->
    [one] Löytyi yksi organisaatio.
   *[other] Löytyi { $formatted } organisaatiota.
}
register-none = Mikään organisaatio ei vastaa hakua ”{ $query }” näillä rajauksilla. Kokeile osaa nimestä, toisenkielistä nimeä tai vähempiä rajauksia.
register-empty = Rekisterissä ei ole vielä organisaatioita.
register-organisation = Organisaatio

## Organisaation julkinen sivu
org-page-title = Organisaatio
org-page-languages = Kielet
org-page-obligations = Velvoitteet ja niiden tila
org-page-obligations-intro = Mitä laki edellyttää organisaatiolta ja missä se on tänään.
org-page-no-obligations = Mikään Jämlikin seuraama velvoite ei koske tätä organisaatiota.
org-page-obligation = Velvoite
org-page-status = Tila tänään
org-page-missing = Puuttuu
org-page-next-change = Tila muuttuu
org-page-source = Perusteena
org-page-source-plan = Jämlikissä laadittu suunnitelma
org-page-source-self-report = itse ilmoitettu suunnitelma
org-page-source-none = ei suunnitelmaa
org-page-computed = Tila lasketaan päivittäin julkaistuista suunnitelmista ja raporteista, sitä ei koskaan kirjoiteta käsin.
org-page-published = Julkaistut suunnitelmat ja raportit
org-page-nothing-published = Mitään ei ole vielä julkaistu.
org-page-approved-on = Hyväksytty
org-page-approved-by = Hyväksyjä
org-page-covers = Kattaa
org-page-read = Lue
org-page-read-plan = Lue suunnitelma
org-page-read-external = Organisaation oma sivu
org-page-version = versio { $value }
org-page-address = Sivun pysyvä osoite: { $address }
org-page-followups = Seurantaraportit
org-page-followup-round = Kierros
org-page-followup-plan = Suunnitelma
org-page-followup-as-of = Tilanne
org-page-read-report = Lue raportti
