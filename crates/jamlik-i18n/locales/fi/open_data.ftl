# Open data: the open data page and its downloadable files.

open-data-title = Avoin data
open-data-lead = Jokaisen velvoitetun organisaation tilanne kunkin viitekehyksen mukaan sekä julkaistujen suunnitelmien keskeiset tiedot vapaasti uudelleenkäytettäviksi. Tilanne lasketaan Jämlikissä laadituista suunnitelmista ja organisaatioiden omista ilmoituksista kunkin viitekehyksen säännöillä; organisaatiot tunnistetaan virallisista kuntanumeroistaan.
open-data-licence-line = Lisenssi: CC BY 4.0 ({ $link }). Lähde: Jämlik. Mainitkaa lähde, kun käytätte tietoja uudelleen.
open-data-demo-line = ESITTELYAINEISTO: tämän asennuksen tilanteet ja suunnitelmat on keksitty esittelyä varten, eivätkä ne kuvaa mitään todellista kuntaa.
open-data-as-of-line = Tilanne { $value }.
open-data-notes-sheet = Lisenssi
open-data-downloads-heading = Lataukset
open-data-download-statuses = Tilanteet ({ $value })
open-data-download-plans = Julkaistut suunnitelmat ({ $value })
open-data-csv-note = CSV-tiedostot ovat UTF-8-muotoisia ja pilkuin eroteltuja; niiden ensimmäiset, #-merkillä alkavat rivit kertovat lisenssin. XLSX-tiedostoissa lisenssi on omalla välilehdellään, JSON-tiedostoissa kentässä licence_line.
open-data-api-heading = Rajapinta
open-data-api-text = Samat tiedot ovat saatavilla lukurajapintana (JSON), jossa on sivutus (page, page_size enintään 500) ja suodattimet (organisaatio kuntanumerolla, viitekehys, tilanne, alue, vuosi). Avainta ei tarvita.
open-data-api-document = Rajapinnan OpenAPI-kuvaus
open-data-summary-heading = Tilanne nyt
open-data-summary-none = Yhtään organisaatiota ei vielä seurata.
open-data-summary-caption = Velvoitetut organisaatiot viitekehyksittäin ja tilanteittain, { $value }
open-data-total = Yhteensä
