# Administration: organisations, people and global roles.

admin-orgs-title = Organisationer
admin-orgs-search = Sök namn eller kod
admin-orgs-all-countries = Alla länder
admin-orgs-search-submit = Sök
admin-orgs-found = Träffar: { $count }
admin-orgs-caption = Organisationer i namnordning
admin-orgs-col-name = Namn
admin-orgs-new-heading = Lägg till en organisation
admin-orgs-new-intro = Kommunerna finns redan i registret. Här läggs andra organisationer till: samkommuner, utbildningsanordnare, arbetsgivare.
admin-orgs-code-hint = (till exempel FO-nummer, frivilligt)
admin-orgs-name-fi = Namn på finska
admin-orgs-name-sv = Namn på svenska
admin-orgs-name-en = Namn på engelska
admin-orgs-new-submit = Lägg till
admin-users-title = Personer
admin-users-search = Sök namn eller e-post
admin-users-caption = Personer och globala roller
admin-users-col-global-role = Global roll
admin-users-role-of = Global roll för { $name }
notice-organisation-created = Organisationen är tillagd.
notice-user-updated = Personens roll är ändrad.
