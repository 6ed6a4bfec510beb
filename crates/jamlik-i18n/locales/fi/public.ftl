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
