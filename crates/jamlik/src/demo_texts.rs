//! The Swedish versions of the Vaasa demo plan's texts: Vaasa / Vasa is
//! bilingual and publishes its plan in Finnish and Swedish, so the demo
//! writes each text in Finnish and adds its Swedish translation from here.

use jamlik_domain::{Language, TextField};
use jamlik_store::{Actor, Organisation, Store};

/// Each Finnish text of the demo plan with its Swedish translation.
pub(crate) const SWEDISH: &[(&str, &str)] = &[
    // The plan and who prepared it.
    (
        "Yhdenvertaisuus- ja tasa-arvosuunnitelma 2025–2028",
        "Likabehandlings- och jämställdhetsplan 2025–2028",
    ),
    (
        "Kaisa Koordinaattori (tasa-arvokoordinaattori), Björn Bidragare (sosiaalipalvelut), henkilöstöhallinto, henkilöstön edustaja, vammaisneuvosto, nuorisovaltuusto",
        "Kaisa Koordinaattori (jämställdhetskoordinator), Björn Bidragare (socialservice), personalförvaltningen, personalrepresentant, rådet för personer med funktionsnedsättning, ungdomsfullmäktige",
    ),
    // The services: name, unit, description.
    ("Kotihoito", "Hemvård"),
    ("Sosiaali- ja terveyspalvelut", "Social- och hälsovårdstjänster"),
    (
        "Kotihoito ikääntyneille ja vammaisille henkilöille",
        "Hemvård för äldre och för personer med funktionsnedsättning",
    ),
    ("Varhaiskasvatus", "Småbarnspedagogik"),
    ("Sivistystoimi", "Bildningsväsendet"),
    (
        "Päiväkodit ja esiopetus suomeksi ja ruotsiksi",
        "Daghem och förskoleundervisning på finska och svenska",
    ),
    ("Kaupunginkirjasto", "Stadsbiblioteket"),
    ("Kulttuuri- ja vapaa-aikapalvelut", "Kultur- och fritidstjänster"),
    ("Pääkirjasto ja kolme lähikirjastoa", "Huvudbiblioteket och tre närbibliotek"),
    ("Liikuntapalvelut", "Idrottstjänster"),
    ("Liikuntahallit, uimahalli ja seura-avustukset", "Idrottshallar, simhall och föreningsbidrag"),
    ("Asukasneuvonta", "Invånarrådgivning"),
    ("Konsernihallinto", "Koncernförvaltningen"),
    (
        "Neuvontaa asukkaille puhelimitse, sähköpostitse ja asiointipisteessä",
        "Rådgivning för invånarna per telefon, e-post och vid servicepunkten",
    ),
    ("Rekrytointi", "Rekrytering"),
    ("Henkilöstöhallinto", "Personalförvaltningen"),
    ("Kaupungin henkilöstön rekrytointi", "Rekrytering av stadens personal"),
    ("Joukkoliikenne", "Kollektivtrafik"),
    ("Tekninen toimi", "Tekniska sektorn"),
    ("Bussilinjat ja palveluliikenne", "Busslinjer och servicetrafik"),
    ("Nuorisopalvelut", "Ungdomstjänster"),
    ("Nuorisotalot ja etsivä nuorisotyö", "Ungdomsgårdar och uppsökande ungdomsarbete"),
    // The findings: what was found, whom it affects.
    (
        "Palvelupäätökset ja kirjeet lähetetään vain suomeksi, vaikka neljännes asiakkaista on ruotsinkielisiä",
        "Servicebeslut och brev skickas endast på finska, trots att en fjärdedel av klienterna är svenskspråkiga",
    ),
    ("Ruotsinkieliset asiakkaat", "Svenskspråkiga klienter"),
    (
        "75 vuotta täyttäneille miehille myönnetään vähemmän kotihoidon tunteja kuin naisille, vaikka arvioitu palveluntarve on sama",
        "Män som fyllt 75 år beviljas färre hemvårdstimmar än kvinnor, trots att det bedömda servicebehovet är detsamma",
    ),
    ("Yksin asuvat ikääntyneet miehet", "Äldre män som bor ensamma"),
    (
        "Neuvontaa tarjotaan yhä useammin vain sähköisesti",
        "Rådgivning erbjuds allt oftare endast elektroniskt",
    ),
    (
        "Ikääntyneet asukkaat, joilla ei ole verkkopankkitunnuksia",
        "Äldre invånare som saknar nätbankskoder",
    ),
    (
        "Asiointipisteessä ei ole induktiosilmukkaa, ja palvelutiski on liian korkea pyörätuolin käyttäjille",
        "Servicepunkten saknar hörslinga och disken är för hög för rullstolsanvändare",
    ),
    ("Kuulo- ja liikuntavammaiset henkilöt", "Personer med hörsel- eller rörelsenedsättning"),
    (
        "Hakijoita, joiden nimi kuulostaa vieraskieliseltä, kutsutaan haastatteluun muita harvemmin",
        "Sökande med utländskt klingande namn kallas mer sällan till intervju än andra",
    ),
    ("Ulkomaalaistaustaiset hakijat", "Sökande med utländsk bakgrund"),
    (
        "Seura-avustukset kohdistuvat enimmäkseen lajeihin, joiden harrastajista suurin osa on poikia",
        "Föreningsbidragen går främst till idrottsgrenar där de flesta utövarna är pojkar",
    ),
    ("Tytöt ja nuoret naiset", "Flickor och unga kvinnor"),
    // The measures: title, owning unit, notes in their history.
    ("Kaksikieliset päätöspohjat kotihoitoon", "Tvåspråkiga beslutsmallar för hemvården"),
    ("Sosiaalipalvelut", "Socialservice"),
    (
        "Suomen- ja ruotsinkielisten päätöspohjien luonnokset on laadittu",
        "Utkasten till beslutsmallar på finska och svenska har gjorts upp",
    ),
    (
        "Myönnettyjen kotihoidon tuntien tarkastelu sukupuolen mukaan",
        "Granskning av beviljade hemvårdstimmar enligt kön",
    ),
    (
        "Puhelinneuvonnan ja palvelutiskin säilyttäminen",
        "Telefonrådgivningen och servicedisken bevaras",
    ),
    ("Kaupunginhallitus on tehnyt päätöksen", "Stadsstyrelsen har fattat beslut"),
    ("Palvelutiskin aukioloajat on julkaistu", "Servicediskens öppettider har publicerats"),
    ("Induktiosilmukka asiointipisteeseen", "Hörslinga till servicepunkten"),
    ("Tilapalvelut", "Lokaltjänster"),
    (
        "Toimittaja on siirtänyt toimituksen kevääseen",
        "Leverantören har skjutit upp leveransen till våren",
    ),
    ("Matalampi palvelutiski pyörätuolin käyttäjille", "Lägre servicedisk för rullstolsanvändare"),
    ("Anonymisoidut hakemukset rekrytoinnissa", "Anonymiserade ansökningar vid rekrytering"),
    ("Kokeilu on käynnissä kahdella toimialalla", "Ett försök pågår inom två sektorer"),
    (
        "Syrjimättömän rekrytoinnin koulutus esihenkilöille",
        "Utbildning i icke-diskriminerande rekrytering för chefer",
    ),
    (
        "Avustusperusteet, joissa otetaan huomioon tyttöjen osallistuminen",
        "Bidragskriterier som beaktar flickornas deltagande",
    ),
    (
        "Perusteiden luonnos on viety liikuntalautakunnalle",
        "Utkastet till kriterier har förts till idrottsnämnden",
    ),
    (
        "Palkkakartoitus 2026 ja työn vaativuuden arviointi",
        "Lönekartläggning 2026 och arbetsvärdering",
    ),
    (
        "Tärkeimpien verkkosivujen selkokieliset versiot",
        "Lättlästa versioner av de viktigaste webbsidorna",
    ),
    ("Viestintä", "Kommunikation"),
    ("Kaksikymmentä sivua on kirjoitettu uudelleen", "Tjugo sidor har skrivits om"),
    ("Lähikirjastojen esteettömyyskartoitus", "Tillgänglighetskartläggning av närbiblioteken"),
    ("Kulttuuripalvelut", "Kulturtjänster"),
    (
        "Tulkkauspalvelujen käyttöohje kaikille yksiköille",
        "Anvisning om tolktjänster för alla enheter",
    ),
    ("Ohjeen luonnos on laadittu", "Ett utkast till anvisning har gjorts upp"),
    (
        "Nuorisovaltuuston kuuleminen nuorisotalojen säännöistä",
        "Ungdomsfullmäktige hörs om ungdomsgårdarnas regler",
    ),
    ("Kokous on pidetty", "Mötet har hållits"),
    ("Sääntöjä on muutettu", "Reglerna har ändrats"),
    (
        "Sukupuolen mukaan eritellyt tilastot toimintakertomukseen",
        "Könsuppdelad statistik i verksamhetsberättelsen",
    ),
    ("Talouspalvelut", "Ekonomitjänster"),
    ("Häirinnän ilmoituskanava henkilöstölle", "Kanal för personalen att anmäla trakasserier"),
    ("Ilmoituskanava on avattu", "Anmälningskanalen har öppnats"),
    (
        "Palveluliikenteen tilaaminen ilman älypuhelinta",
        "Beställning av servicetrafik utan smarttelefon",
    ),
    (
        "Korvattu jo käytössä olevalla puhelintilauksella",
        "Ersatt av den telefonbeställning som redan finns",
    ),
    // The follow-up round and the approving body.
    ("Syksyn seuranta", "Höstens uppföljning"),
    ("Kaupunginvaltuusto", "Stadsfullmäktige"),
    // The assessment's evidence.
    (
        "Asiakasrekisteri 2024: 24 % ruotsinkielisiä; kaikki päätöspohjat vain suomeksi",
        "Klientregistret 2024: 24 % svenskspråkiga; alla beslutsmallar endast på finska",
    ),
    (
        "Myönnetyt tunnit sukupuolen ja arvioidun palveluntarpeen (RAI) mukaan, 2024",
        "Beviljade timmar enligt kön och bedömt servicebehov (RAI), 2024",
    ),
    (
        "Palvelun myöntämisperusteet on käyty läpi vanhusneuvoston kanssa",
        "Kriterierna för att bevilja service har gåtts igenom med äldrerådet",
    ),
    (
        "Kotikäynnit; apuvälineiden tarve arvioidaan yksilöllisesti",
        "Hembesök; behovet av hjälpmedel bedöms individuellt",
    ),
    (
        "Asiakkaiden taustasta ei ole tietoa; tulkkauskulut kasvavat",
        "Uppgifter om klienternas bakgrund saknas; tolkkostnaderna ökar",
    ),
    (
        "Verkossa annetun neuvonnan osuus nousi kahdessa vuodessa 40 prosentista 75 prosenttiin",
        "Andelen rådgivning som ges på nätet steg från 40 % till 75 % på två år",
    ),
    (
        "Esteettömyyskatselmus vammaisneuvoston kanssa maaliskuussa",
        "Tillgänglighetsvandring med rådet för personer med funktionsnedsättning i mars",
    ),
    (
        "Neuvontaa suomeksi, ruotsiksi ja englanniksi; tulkki pyynnöstä",
        "Rådgivning på finska, svenska och engelska; tolk på begäran",
    ),
    (
        "Suomen- ja ruotsinkielisiä ryhmiä kaikilla alueilla",
        "Finsk- och svenskspråkiga grupper i alla områden",
    ),
    (
        "Erityisen tuen odotusaikoja ei ole vielä analysoitu",
        "Väntetiderna för särskilt stöd har ännu inte analyserats",
    ),
    (
        "Ruokalistat ja juhlat on käyty läpi vanhempien kanssa",
        "Matsedlarna och festerna har gåtts igenom med föräldrarna",
    ),
    (
        "Seura-avustukset 2024 jäsenten sukupuolen mukaan",
        "Föreningsbidragen 2024 enligt medlemmarnas kön",
    ),
    ("Seniorivuorot uimahallissa", "Seniorturer i simhallen"),
    (
        "Anonyymin rekrytoinnin kokeilu: haastatteluun kutsuttujen osuus nimen mukaan",
        "Försöket med anonym rekrytering: andelen som kallats till intervju enligt namn",
    ),
    ("Hakijoiden ikää ei kirjata", "Sökandenas ålder registreras inte"),
    // The consultations: party and summary.
    ("Vammaisneuvosto", "Rådet för personer med funktionsnedsättning"),
    (
        "Toivoo asiointipisteeseen induktiosilmukkaa ja matalampaa palvelutiskiä sekä selkokielisiä päätöksiä.",
        "Önskar en hörslinga och en lägre disk vid servicepunkten samt lättlästa beslut.",
    ),
    ("Vanhusneuvosto", "Äldrerådet"),
    (
        "On huolissaan neuvonnan siirtymisestä verkkoon; toivoo, että neuvontaa saa jatkossakin puhelimitse ja palvelutiskiltä.",
        "Oroar sig för att rådgivningen flyttar ut på nätet; önskar att rådgivning också i fortsättningen ges per telefon och vid servicedisken.",
    ),
    ("Nuorisovaltuusto", "Ungdomsfullmäktige"),
    (
        "Tyttöjen lajit saavat liian vähän salivuoroja; toivoo selvitystä seura-avustusten jakautumisesta.",
        "Flickornas idrottsgrenar får för få halltider; önskar en utredning av hur föreningsbidragen fördelas.",
    ),
    (
        "Kannattavat anonyymia rekrytointia; toivovat koulutusta rekrytoiville esihenkilöille.",
        "Stöder anonym rekrytering; önskar utbildning för chefer som rekryterar.",
    ),
    // The written sections.
    (
        "Kaupungin 3000 työntekijästä 78 % on naisia. Naiset ovat enemmistönä kaikilla toimialoilla teknistä tointa lukuun ottamatta. Hoitotyössä osa-aikaiset ja määräaikaiset palvelussuhteet ovat yleisempiä naisilla kuin miehillä.",
        "Av stadens 3000 anställda är 78 % kvinnor. Kvinnorna är i majoritet inom alla sektorer utom den tekniska sektorn. Inom vårdarbetet är deltids- och visstidsanställningar vanligare bland kvinnor än bland män.",
    ),
    (
        "Vuosien 2021–2024 suunnitelmassa oli 12 toimenpidettä: niistä 8 toteutui, 3 viivästyi ja 1 jätettiin toteuttamatta. Viivästyneet toimenpiteet siirretään tähän suunnitelmaan.",
        "Planen för 2021–2024 innehöll 12 åtgärder: 8 genomfördes, 3 blev försenade och 1 ströks. De försenade åtgärderna förs över till denna plan.",
    ),
    (
        "Valmisteltu yhteistoimintaelimessä yhdessä henkilöstön edustajien kanssa; henkilöstökysely tehtiin helmikuussa 2025.",
        "Har beretts i samarbetsorganet tillsammans med personalrepresentanterna; en personalenkät gjordes i februari 2025.",
    ),
];

/// Adds the Swedish translation of every text of the demo plan that has
/// one, as Vasa's coordinator would before the plan goes to the council.
pub(crate) async fn translate(
    store: &Store,
    actor: &Actor,
    org: &Organisation,
    plan_id: &str,
) -> anyhow::Result<()> {
    let mut items: Vec<(TextField, String, String)> = Vec::new();
    let mut add = |field: TextField, id: &str, finnish: &str| {
        if let Some(swedish) = swedish(finnish) {
            items.push((field, id.to_owned(), swedish.to_owned()));
        }
    };
    let plan = store.plan(&org.id, plan_id).await?;
    add(TextField::PlanTitle, plan_id, &plan.title);
    for s in store.plan_texts(&org.id, plan_id).await?.1 {
        let id = format!("{}/{}", s.framework, s.element);
        add(TextField::SectionBody, &id, &s.body);
    }
    for s in store.services(&org.id).await? {
        add(TextField::ServiceName, &s.id, &s.name);
        add(TextField::ServiceUnit, &s.id, &s.unit);
        add(TextField::ServiceDescription, &s.id, &s.description);
    }
    for f in store.findings(&org.id, plan_id).await? {
        add(TextField::FindingDescription, &f.id, &f.description);
        add(TextField::FindingAffected, &f.id, &f.affected);
    }
    for m in store.measures(&org.id, plan_id).await? {
        add(TextField::MeasureTitle, &m.id, &m.title);
        add(TextField::MeasureGoal, &m.id, &m.goal);
        add(TextField::MeasureUnit, &m.id, &m.owner_unit);
    }
    for c in store.consultations(&org.id, plan_id).await? {
        add(TextField::ConsultationSummary, &c.id, &c.summary);
    }
    store
        .save_translations(actor, &org.id, plan_id, Language::Swedish, &items)
        .await?;
    Ok(())
}

/// The Swedish translation of a Finnish demo text, if it has one.
pub(crate) fn swedish(finnish: &str) -> Option<&'static str> {
    SWEDISH
        .iter()
        .find(|(fi, _)| *fi == finnish)
        .map(|(_, sv)| *sv)
}

#[cfg(test)]
mod tests {
    use super::SWEDISH;

    #[test]
    fn every_finnish_text_has_one_swedish_translation() {
        let mut seen = std::collections::HashSet::new();
        for (finnish, swedish) in SWEDISH {
            assert!(seen.insert(*finnish), "{finnish:?} is translated twice");
            assert!(
                !finnish.trim().is_empty() && !swedish.trim().is_empty(),
                "an empty text: {finnish:?} = {swedish:?}"
            );
            assert_eq!(
                finnish.trim(),
                *finnish,
                "{finnish:?} has spaces at its ends"
            );
            assert_eq!(
                swedish.trim(),
                *swedish,
                "{swedish:?} has spaces at its ends"
            );
            // Names that read the same in both languages need no pair, so
            // every pair here is a real translation.
            assert_ne!(finnish, swedish, "{finnish:?} is not translated");
        }
    }

    #[test]
    fn every_finnish_text_is_one_the_demo_writes() {
        let demo = include_str!("demo.rs");
        for (finnish, _) in SWEDISH {
            assert!(
                demo.contains(&format!("\"{finnish}\"")),
                "{finnish:?} is not a text of demo.rs"
            );
        }
    }
}
