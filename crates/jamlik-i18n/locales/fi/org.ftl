# The organisation: my organisations, members, invitations, settings (with how long uploaded analysis data is kept) and the audit trail's title.

home-title = Omat organisaationi
home-no-orgs = Et ole vielä minkään organisaation jäsen. Pyydä kutsu organisaatiosi koordinaattorilta.
home-orgs-label = Organisaatiot
home-all-orgs = Kaikki organisaatiot
members-title = Organisaation { $organisation } jäsenet
members-caption = Jäsenet ja roolit
members-col-role = Rooli
members-col-since = Jäsen alkaen
members-col-actions = Muuta
members-role-of = Käyttäjän { $name } rooli
members-remove = Poista
members-remove-named = Poista { $name }
members-invite-heading = Kutsu henkilö
members-invite-intro = Henkilö saa sähköpostiviestin. Jos hänellä ei ole tiliä, hän saa linkin salasanan valitsemiseen.
members-invite-submit = Kutsu
settings-title = Organisaation { $organisation } asetukset
settings-languages = Työkielet
settings-frameworks = Lait ja viitekehykset, jotka koskevat organisaatiota
settings-staff-hint = (henkilöstön määrä, vapaaehtoinen)
audit-title-org = Organisaation { $organisation } muutosloki
notice-member-invited = Henkilö on kutsuttu ja hän on saanut sähköpostia.
notice-member-updated = Rooli on vaihdettu.
notice-member-removed = Henkilö on poistettu organisaatiosta.
notice-settings-saved = Asetukset on tallennettu.
mail-invitation-subject = Sinut on kutsuttu organisaatioon { $organisation } Jämlikissä
mail-invitation-body-new =
    Hei!
    { "" }
    { $inviter } on kutsunut sinut organisaatioon { $organisation } Jämlikissä, yhdenvertaisuus- ja tasa-arvotyön työkalussa.
    { "" }
    Valitse salasanasi tästä (linkki on voimassa seitsemän päivää):
    { $link }
    { "" }
    Jos et odottanut tätä viestiä, voit jättää sen huomiotta.
mail-invitation-body-existing =
    Hei!
    { "" }
    { $inviter } on lisännyt sinut organisaatioon { $organisation } Jämlikissä. Kirjaudu sisään tavalliseen tapaan:
    { $link }

## Settings: how long uploaded analysis data is kept
settings-analysis-heading = Analyyseja varten ladatut tiedot
settings-retention-label = Säilytä ladatut rivit analyysin jälkeen, päivinä
settings-retention-hint = 0 poistaa ne heti, kun analyysi on valmis (suositus); enintään 3650.
settings-retention-submit = Tallenna säilytysaika
