# Administration: organisations, people and global roles.

admin-orgs-title = Organisaatiot
admin-orgs-search = Hae nimeä tai tunnusta
admin-orgs-all-countries = Kaikki maat
admin-orgs-search-submit = Hae
admin-orgs-found = Tuloksia: { $count }
admin-orgs-caption = Organisaatiot nimen mukaan
admin-orgs-col-name = Nimi
admin-orgs-new-heading = Lisää organisaatio
admin-orgs-new-intro = Kunnat ovat jo rekisterissä. Tässä lisätään muut organisaatiot: kuntayhtymät, koulutuksen järjestäjät, työnantajat.
admin-orgs-code-hint = (esimerkiksi Y-tunnus, vapaaehtoinen)
admin-orgs-name-fi = Nimi suomeksi
admin-orgs-name-sv = Nimi ruotsiksi
admin-orgs-name-en = Nimi englanniksi
admin-orgs-new-submit = Lisää
admin-users-title = Henkilöt
admin-users-search = Hae nimeä tai sähköpostia
admin-users-caption = Henkilöt ja yleiset roolit
admin-users-col-global-role = Yleinen rooli
admin-users-role-of = Käyttäjän { $name } yleinen rooli
notice-organisation-created = Organisaatio on lisätty.
notice-user-updated = Henkilön rooli on vaihdettu.
