//! People: their email, password rules and roles, and what each role may do.

use std::fmt;

use serde::{Deserialize, Serialize};

use crate::{ErrorCode, UserId};

/// A well-formed email address, trimmed and lower-cased.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Email(String);

impl Email {
    /// Longest address accepted (RFC 5321's path limit).
    pub const MAX_LEN: usize = 254;

    /// Parses an address: one `@`, a non-empty local part, a domain with a dot
    /// and no spaces. Deliberately simple: the real test is the mail arriving.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        let email = raw.trim().to_lowercase();
        let valid = email.len() <= Self::MAX_LEN
            && !email.chars().any(|c| c.is_whitespace() || c.is_control())
            && match email.split_once('@') {
                Some((local, domain)) => {
                    !local.is_empty()
                        && !domain.contains('@')
                        && domain.contains('.')
                        && !domain.starts_with('.')
                        && !domain.ends_with('.')
                        && !domain.contains("..")
                }
                None => false,
            };
        if valid {
            Ok(Email(email))
        } else {
            Err(ErrorCode::InvalidEmail)
        }
    }

    /// The address as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Email {
    type Error = ErrorCode;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Email::parse(&value)
    }
}

impl From<Email> for String {
    fn from(email: Email) -> Self {
        email.0
    }
}

impl fmt::Display for Email {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A new password that meets the length rules. Its Debug never shows it.
#[derive(Clone, PartialEq, Eq)]
pub struct Password(String);

impl Password {
    /// Shortest password accepted (NIST SP 800-63B recommends at least 8; we ask 10).
    pub const MIN_CHARS: usize = 10;
    /// Longest password accepted, to bound hashing work.
    pub const MAX_CHARS: usize = 256;

    /// Checks a new password against the length rules.
    pub fn new(raw: &str) -> Result<Self, ErrorCode> {
        let chars = raw.chars().count();
        if chars < Self::MIN_CHARS {
            Err(ErrorCode::PasswordTooShort)
        } else if chars > Self::MAX_CHARS {
            Err(ErrorCode::PasswordTooLong)
        } else {
            Ok(Password(raw.to_owned()))
        }
    }

    /// Checks a new password and its confirmation.
    pub fn new_confirmed(raw: &str, confirmation: &str) -> Result<Self, ErrorCode> {
        let password = Self::new(raw)?;
        if raw != confirmation {
            return Err(ErrorCode::PasswordsDiffer);
        }
        Ok(password)
    }

    /// The password itself, for hashing.
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password([redacted])")
    }
}

/// A person's role in one organisation.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    utoipa::ToSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Reads the organisation's work.
    Viewer,
    /// Assesses own services and units, owns measures, reports progress.
    Contributor,
    /// Runs the planning cycle, invites people, publishes.
    Coordinator,
}

impl Role {
    /// All roles, least to most.
    pub const ALL: [Role; 3] = [Role::Viewer, Role::Contributor, Role::Coordinator];

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            Role::Viewer => "viewer",
            Role::Contributor => "contributor",
            Role::Coordinator => "coordinator",
        }
    }

    /// Parses the stored and wire name.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        Role::ALL
            .into_iter()
            .find(|role| role.as_str() == raw.trim())
            .ok_or(ErrorCode::InvalidRole)
    }
}

/// A role that reaches beyond one organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum GlobalRole {
    /// Oversees all obliged organisations (ombudsman, ministry, association).
    NationalMonitor,
    /// Supports the organisations assigned to them (a trained support person,
    /// a regional agency): sees their progress, changes nothing.
    Instructor,
    /// Runs the Jämlik instance.
    Admin,
}

impl GlobalRole {
    /// All global roles.
    pub const ALL: [GlobalRole; 3] = [
        GlobalRole::NationalMonitor,
        GlobalRole::Instructor,
        GlobalRole::Admin,
    ];

    /// The stored and wire name.
    pub fn as_str(self) -> &'static str {
        match self {
            GlobalRole::NationalMonitor => "national_monitor",
            GlobalRole::Instructor => "instructor",
            GlobalRole::Admin => "admin",
        }
    }

    /// Parses the stored and wire name.
    pub fn parse(raw: &str) -> Result<Self, ErrorCode> {
        GlobalRole::ALL
            .into_iter()
            .find(|role| role.as_str() == raw.trim())
            .ok_or(ErrorCode::InvalidGlobalRole)
    }
}

/// Something a person may want to do with an organisation.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Capability {
    /// See the organisation's dashboard and members.
    ViewOrganisation,
    /// Invite members, change their roles, remove them.
    ManageMembers,
    /// See and change the organisation's settings.
    ManageSettings,
    /// Read the organisation's audit trail.
    ReadAudit,
    /// Start plans, keep the service inventory, add measures.
    EditPlanning,
    /// Record findings for own services, report on own measures.
    Contribute,
    /// See the national dashboards and map (instructors: their organisations only).
    ViewNational,
    /// See the organisation's national status and the reviews of its plans.
    ReadReviews,
    /// Review the organisation's plan or self-report and send feedback.
    ReviewPlans,
    /// Answer a review of the organisation's plan (its coordinators), or
    /// reply to the answer (monitors).
    AnswerReviews,
}

impl Capability {
    /// Every capability, for tests that walk the whole matrix.
    pub const ALL: [Capability; 10] = [
        Capability::ViewOrganisation,
        Capability::ManageMembers,
        Capability::ManageSettings,
        Capability::ReadAudit,
        Capability::EditPlanning,
        Capability::Contribute,
        Capability::ViewNational,
        Capability::ReadReviews,
        Capability::ReviewPlans,
        Capability::AnswerReviews,
    ];

    /// Whether a person with this global role and this membership role in the
    /// organisation (none when not a member) may do this, when they are not
    /// an instructor assigned to it. See [`Capability::allowed_with`].
    pub fn allowed(self, global: Option<GlobalRole>, membership: Option<Role>) -> bool {
        self.allowed_with(global, membership, false)
    }

    /// Whether a person with this global role, this membership role in the
    /// organisation (none when not a member) and, for instructors, this
    /// assignment to it may do this. The one rule every route is checked
    /// against.
    pub fn allowed_with(
        self,
        global: Option<GlobalRole>,
        membership: Option<Role>,
        assigned: bool,
    ) -> bool {
        if global == Some(GlobalRole::Admin) {
            return true;
        }
        let monitor = global == Some(GlobalRole::NationalMonitor);
        let instructor = global == Some(GlobalRole::Instructor) && assigned;
        match self {
            Capability::ViewOrganisation => membership.is_some() || monitor || instructor,
            Capability::ManageMembers
            | Capability::ManageSettings
            | Capability::ReadAudit
            | Capability::EditPlanning => membership == Some(Role::Coordinator),
            Capability::Contribute => {
                matches!(membership, Some(Role::Coordinator | Role::Contributor))
            }
            Capability::ViewNational => monitor || global == Some(GlobalRole::Instructor),
            Capability::ReadReviews => {
                monitor || instructor || membership == Some(Role::Coordinator)
            }
            Capability::ReviewPlans => monitor,
            Capability::AnswerReviews => monitor || membership == Some(Role::Coordinator),
        }
    }
}

/// Whether a person may change one service or measure (assess a service,
/// record findings for it, attach evidence to it, update a measure): those
/// who may edit the planning may change any; a contributor only the ones
/// they own. The ownership half of the one authorisation rule, beside
/// [`Capability::allowed_with`].
pub fn may_change_owned(
    global: Option<GlobalRole>,
    membership: Option<Role>,
    owner: Option<&UserId>,
    me: Option<&UserId>,
) -> bool {
    Capability::EditPlanning.allowed(global, membership)
        || (Capability::Contribute.allowed(global, membership) && owner.is_some() && owner == me)
}

/// Checks a person's display name: trimmed, 1 to 100 characters, no control
/// characters.
pub fn check_display_name(raw: &str) -> Result<String, ErrorCode> {
    let name = raw.trim();
    let chars = name.chars().count();
    if chars == 0 || chars > 100 || name.chars().any(char::is_control) {
        Err(ErrorCode::InvalidName)
    } else {
        Ok(name.to_owned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_normalised_and_checked() {
        assert_eq!(
            Email::parse("  Anna.Lind@Vasa.FI ").map(|e| e.to_string()),
            Ok("anna.lind@vasa.fi".to_owned())
        );
        for bad in [
            "",
            "anna",
            "anna@",
            "@vasa.fi",
            "anna@vasa",
            "an na@vasa.fi",
            "a@b@c.fi",
            "a@.fi",
            "a@vasa..fi",
        ] {
            assert_eq!(Email::parse(bad), Err(ErrorCode::InvalidEmail), "{bad:?}");
        }
    }

    #[test]
    fn passwords_have_bounds_and_hide_themselves() {
        assert_eq!(Password::new("short"), Err(ErrorCode::PasswordTooShort));
        assert_eq!(
            Password::new(&"x".repeat(257)),
            Err(ErrorCode::PasswordTooLong)
        );
        assert_eq!(
            Password::new_confirmed("long enough pass", "long enough pasS"),
            Err(ErrorCode::PasswordsDiffer)
        );
        let password = Password::new("correct horse battery").map(|p| format!("{p:?}"));
        assert_eq!(password, Ok("Password([redacted])".to_owned()));
    }

    #[test]
    fn viewers_view_but_only_coordinators_manage() {
        let viewer = Some(Role::Viewer);
        assert!(Capability::ViewOrganisation.allowed(None, viewer));
        assert!(!Capability::ManageMembers.allowed(None, viewer));
        assert!(!Capability::ManageMembers.allowed(None, Some(Role::Contributor)));
        assert!(Capability::ManageMembers.allowed(None, Some(Role::Coordinator)));
        assert!(!Capability::ViewOrganisation.allowed(None, None));
        assert!(Capability::ViewOrganisation.allowed(Some(GlobalRole::NationalMonitor), None));
        assert!(!Capability::ManageSettings.allowed(Some(GlobalRole::NationalMonitor), None));
        for capability in Capability::ALL {
            assert!(capability.allowed(Some(GlobalRole::Admin), None));
        }
    }

    #[test]
    fn instructors_read_what_they_are_assigned_and_change_nothing() {
        let instructor = Some(GlobalRole::Instructor);
        assert!(Capability::ViewOrganisation.allowed_with(instructor, None, true));
        assert!(!Capability::ViewOrganisation.allowed_with(instructor, None, false));
        assert!(Capability::ReadReviews.allowed_with(instructor, None, true));
        assert!(!Capability::ReadReviews.allowed(instructor, None));
        assert!(Capability::ViewNational.allowed(instructor, None));
        for capability in [
            Capability::ManageMembers,
            Capability::ManageSettings,
            Capability::ReadAudit,
            Capability::EditPlanning,
            Capability::Contribute,
            Capability::ReviewPlans,
            Capability::AnswerReviews,
        ] {
            assert!(
                !capability.allowed_with(instructor, None, true),
                "{capability:?}"
            );
        }
        // Monitors review every organisation; coordinators answer for their own.
        let monitor = Some(GlobalRole::NationalMonitor);
        assert!(Capability::ReviewPlans.allowed(monitor, None));
        assert!(!Capability::ReviewPlans.allowed(None, Some(Role::Coordinator)));
        assert!(!Capability::AnswerReviews.allowed(None, Some(Role::Contributor)));
        assert!(Capability::AnswerReviews.allowed(None, Some(Role::Coordinator)));
        assert!(!Capability::ReadReviews.allowed(None, Some(Role::Viewer)));
        assert!(!Capability::ViewNational.allowed(None, Some(Role::Coordinator)));
    }

    #[test]
    fn a_contributor_changes_only_what_they_own() {
        let (me, other) = (UserId::from_raw("me"), UserId::from_raw("other"));
        let may =
            |global, role, owner: Option<&UserId>| may_change_owned(global, role, owner, Some(&me));
        assert!(may(None, Some(Role::Coordinator), Some(&other)));
        assert!(may(None, Some(Role::Coordinator), None));
        assert!(may(None, Some(Role::Contributor), Some(&me)));
        assert!(!may(None, Some(Role::Contributor), Some(&other)));
        assert!(!may(None, Some(Role::Contributor), None));
        assert!(!may(None, Some(Role::Viewer), Some(&me)));
        assert!(!may(Some(GlobalRole::NationalMonitor), None, Some(&me)));
        assert!(may(Some(GlobalRole::Admin), None, Some(&other)));
        assert!(
            !may_change_owned(None, Some(Role::Contributor), None, None),
            "no one owns it"
        );
    }
}
