# National monitoring: the national overview and the map, and the deadline reminder mails.

## Deadline reminder mails (the deadline reminder job)
mail-deadline-before-subject = { $organisation }: { $title } – määräaika { $deadline }
mail-deadline-before-body =
    Hei { $name }!
    { "" }
    Organisaation { $organisation } määräaika kehyksen { $title } mukaan on { $deadline }.
    { "" }
    Katso tilanne täällä:
    { $link }
    { "" }
    Etkö halua muistutuksia ennen määräaikoja? Peru ne täällä:
    { $value }
mail-deadline-after-subject = { $organisation }: kehyksen { $title } määräaika { $deadline } on umpeutunut
mail-deadline-after-body =
    Hei { $name }!
    { "" }
    Organisaation { $organisation } määräaika kehyksen { $title } mukaan oli { $deadline }, eivätkä vaatimukset vielä täyty.
    { "" }
    Katso, mitä puuttuu:
    { $link }
    { "" }
    Tämä viesti on pakollinen, eikä sitä voi perua.

## The national overview and the map
overview-instructor-scope = Näet sinulle osoitetut organisaatiot.
overview-filters = Suodattimet
overview-size = Koko (henkilöstö)
overview-framework = Kehys
overview-status = Tila
overview-apply = Näytä
overview-clear = Tyhjennä suodattimet
overview-filter-all = Kaikki
overview-headline = Tilanne
overview-summary = { $count } velvoitetta (organisaatio × kehys); { $value }:lla on hyväksytty ja voimassa oleva suunnitelma.
overview-by-status = Velvoitteet tiloittain
overview-count = Määrä
overview-share-col = Osuus
overview-share = { $value } %
overview-see-map = Katso kuntakartta
overview-charts = Jakaumat
overview-charts-intro = Jokainen kaavio näyttää kunkin tilan osuuden ryhmittäin; kaavion alla olevassa taulukossa ovat samat luvut.
overview-chart-summary = Pinottu pylväskaavio: { $title }. Jokainen pylväs on ryhmä tiloittain jaettuna; alla oleva taulukko antaa määrät ja osuudet.
overview-by-country = Maittain
overview-by-region = Alueittain
overview-by-kind = Organisaatiotyypeittäin
overview-by-size = Kokoluokittain
overview-by-framework = Kehyksittäin
overview-over-time = Ajan myötä (kunkin vuoden lopussa)
overview-today = Tänään
overview-year-end = Vuoden { $value } lopussa
overview-unknown = Tuntematon
overview-list = Organisaatiot, joilla on valittu tila
overview-list-limited = Näytetään ensimmäiset { $count }. Rajaa suodattimilla.
overview-next-change = Seuraava muutos
overview-size-unknown = Tuntematon
overview-size-1-29 = 1–29
overview-size-30-99 = 30–99
overview-size-100-249 = 100–249
overview-size-250-999 = 250–999
overview-size-1000-4999 = 1 000–4 999
overview-size-5000-plus = 5 000 tai enemmän
overview-map-intro = Suomen kunnat värjättynä ja kuvioituna tilan mukaan: { $title }. Kartan vieressä oleva luettelo sisältää samat tiedot.
overview-map-heading = Kartta
overview-map-keyboard = Jokainen kunta on linkki: siirry sarkaimella, avaa Enterillä.
overview-legend = Selite
overview-map-no-status = Ei näytettävää tilaa
overview-map-source = Lähde: { $value }
overview-map-list = Luettelo
overview-map-list-caption = Kunnat ja niiden tila: { $title }
overview-municipality = Kunta

## Julkinen katsaus
public-overview-title = Tilanne koko maassa
public-overview-map-title = Kuntakartta
public-overview-lead = Jokaisen velvoitetun organisaation tasa-arvo- ja yhdenvertaisuussuunnitelmien tila Suomessa ja Ruotsissa, laskettuna päivittäin julkaistuista suunnitelmista ja itseilmoituksista. Avaa organisaatio nähdäksesi, mitä puuttuu ja milloin sen tila seuraavaksi muuttuu.
overview-map-intro-se = Ruotsin kunnat värjättynä ja kuvioituna tilan mukaan: { $title }. Kartan vieressä oleva luettelo sisältää samat tiedot.
