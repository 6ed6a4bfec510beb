# The organisation: my organisations, members, invitations, settings (with how long uploaded analysis data is kept) and the audit trail's title.

home-title = Mina organisationer
home-no-orgs = Du är inte medlem i någon organisation ännu. Be din organisations samordnare om en inbjudan.
home-orgs-label = Organisationer
home-all-orgs = Alla organisationer
members-title = Medlemmar i { $organisation }
members-caption = Medlemmar och roller
members-col-role = Roll
members-col-since = Medlem sedan
members-col-actions = Ändra
members-role-of = Roll för { $name }
members-remove = Ta bort
members-remove-named = Ta bort { $name }
members-invite-heading = Bjud in en person
members-invite-intro = Personen får ett e-postmeddelande. Den som saknar konto får en länk för att välja lösenord.
members-invite-submit = Bjud in
settings-title = Inställningar för { $organisation }
settings-languages = Arbetsspråk
settings-frameworks = Lagar och ramverk som organisationen omfattas av
settings-staff-hint = (antal anställda, frivilligt)
audit-title-org = Ändringslogg för { $organisation }
notice-member-invited = Personen är inbjuden och har fått e-post.
notice-member-updated = Rollen är ändrad.
notice-member-removed = Personen är borttagen ur organisationen.
notice-settings-saved = Inställningarna är sparade.
mail-invitation-subject = Du har bjudits in till { $organisation } i Jämlik
mail-invitation-body-new =
    Hej!
    { "" }
    { $inviter } har bjudit in dig till { $organisation } i Jämlik, verktyget för likabehandlings- och jämställdhetsarbete.
    { "" }
    Välj ditt lösenord här (länken gäller i sju dagar):
    { $link }
    { "" }
    Om du inte väntade dig detta kan du bortse från meddelandet.
mail-invitation-body-existing =
    Hej!
    { "" }
    { $inviter } har lagt till dig i { $organisation } i Jämlik. Logga in som vanligt:
    { $link }

## Settings: how long uploaded analysis data is kept
settings-analysis-heading = Uppladdade uppgifter för analyser
settings-retention-label = Spara uppladdade rader efter analysen, i dagar
settings-retention-hint = 0 raderar dem så snart analysen är klar (rekommenderas); högst 3650.
settings-retention-submit = Spara sparandetiden
