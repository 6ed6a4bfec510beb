# The organisation: my organisations, members, invitations, settings (with how long uploaded analysis data is kept) and the audit trail's title.

home-title = My organisations
home-no-orgs = You are not a member of any organisation yet. Ask your organisation's coordinator for an invitation.
home-orgs-label = Organisations
home-all-orgs = All organisations
members-title = Members of { $organisation }
members-caption = Members and roles
members-col-role = Role
members-col-since = Member since
members-col-actions = Change
members-role-of = Role of { $name }
members-remove = Remove
members-remove-named = Remove { $name }
members-invite-heading = Invite a person
members-invite-intro = The person receives an email. Someone without an account gets a link to choose a password.
members-invite-submit = Invite
settings-title = Settings of { $organisation }
settings-languages = Working languages
settings-frameworks = Laws and frameworks the organisation is obliged by
settings-staff-hint = (number of staff, optional)
audit-title-org = Audit trail of { $organisation }
notice-member-invited = The person is invited and has been emailed.
notice-member-updated = The role is changed.
notice-member-removed = The person is removed from the organisation.
notice-settings-saved = The settings are saved.
mail-invitation-subject = You have been invited to { $organisation } in Jämlik
mail-invitation-body-new =
    Hello,
    { "" }
    { $inviter } has invited you to { $organisation } in Jämlik, the tool for equality work.
    { "" }
    Choose your password here (the link is valid for seven days):
    { $link }
    { "" }
    If you did not expect this, you can ignore this message.
mail-invitation-body-existing =
    Hello,
    { "" }
    { $inviter } has added you to { $organisation } in Jämlik. Sign in as usual:
    { $link }

## Settings: how long uploaded analysis data is kept
settings-analysis-heading = Uploaded data for analyses
settings-retention-label = Keep uploaded rows after the analysis, in days
settings-retention-hint = 0 deletes them as soon as the analysis is done (recommended); at most 3650.
settings-retention-submit = Save the retention
