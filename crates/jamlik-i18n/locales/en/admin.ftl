# Administration: organisations, people and global roles.

admin-orgs-title = Organisations
admin-orgs-search = Search a name or code
admin-orgs-all-countries = All countries
admin-orgs-search-submit = Search
admin-orgs-found = Matches: { $count }
admin-orgs-caption = Organisations by name
admin-orgs-col-name = Name
admin-orgs-new-heading = Add an organisation
admin-orgs-new-intro = The municipalities are in the register already. Add other organisations here: joint authorities, education providers, employers.
admin-orgs-code-hint = (for example a business id, optional)
admin-orgs-name-fi = Name in Finnish
admin-orgs-name-sv = Name in Swedish
admin-orgs-name-en = Name in English
admin-orgs-new-submit = Add
admin-users-title = People
admin-users-search = Search a name or email
admin-users-caption = People and global roles
admin-users-col-global-role = Global role
admin-users-role-of = Global role of { $name }
notice-organisation-created = The organisation is added.
notice-user-updated = The person's role is changed.
