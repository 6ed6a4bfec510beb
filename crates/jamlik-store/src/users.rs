//! People and their memberships.

use jamlik_domain::{
    check_display_name, Email, ErrorCode, GlobalRole, Language, OrgId, Role, UserId,
};
use serde::Serialize;
use sqlx::any::AnyRow;
use sqlx::{AnyConnection, Row};

use crate::audit::{record, Actor, AuditEvent};
use crate::auth::create_link;
use crate::mail::{enqueue, OutgoingMail};
use crate::organisations::{self, Organisation};
use crate::{
    is_unique_violation, new_id, now, LinkPurpose, PageRequest, Paged, Store, StoreError,
    StoreResult,
};

/// A person's account. The password hash never leaves the store except to
/// the sign-in check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct User {
    /// The id.
    pub id: UserId,
    /// The email, lower case.
    pub email: String,
    /// The name shown to others.
    pub display_name: String,
    /// Whether a password is set (an invited person has none until they set one).
    pub has_password: bool,
    /// The language the person chose, if any.
    pub language: Option<Language>,
    /// The global role, if any.
    pub global_role: Option<GlobalRole>,
    /// When the account was made.
    pub created_at: i64,
}

/// A member of an organisation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Member {
    /// The person.
    pub user: User,
    /// The role in the organisation.
    pub role: Role,
    /// Since when.
    pub since: i64,
}

/// What adding a member did, for the mail that tells them.
#[derive(Clone, Debug)]
pub struct Invitation {
    /// The person added.
    pub user: User,
    /// Whether the account was made now.
    pub new_account: bool,
    /// A link secret to set a password, when the person has none yet.
    pub link_secret: Option<String>,
}

pub(crate) const USER_COLUMNS: &str =
    "users.id, users.email, users.display_name, users.password_hash IS NOT NULL AS has_password, \
     users.language, users.global_role, users.created_at";

pub(crate) fn user(row: &AnyRow) -> StoreResult<User> {
    let language: Option<String> = row.try_get("language")?;
    let global_role: Option<String> = row.try_get("global_role")?;
    let has_password: bool = match row.try_get::<i64, _>("has_password") {
        Ok(flag) => flag != 0,
        Err(_) => row.try_get::<bool, _>("has_password")?,
    };
    Ok(User {
        id: UserId::from_raw(row.try_get::<String, _>("id")?),
        email: row.try_get("email")?,
        display_name: row.try_get("display_name")?,
        has_password,
        language: language.as_deref().and_then(|l| Language::parse(l).ok()),
        global_role: global_role
            .as_deref()
            .map(GlobalRole::parse)
            .transpose()
            .map_err(|_| StoreError::Corrupt("users.global_role".into()))?,
        created_at: row.try_get("created_at")?,
    })
}

pub(crate) async fn fetch_user(connection: &mut AnyConnection, id: &UserId) -> StoreResult<User> {
    let row = sqlx::query(&format!("SELECT {USER_COLUMNS} FROM users WHERE id = $1"))
        .bind(id.as_str())
        .fetch_optional(&mut *connection)
        .await?
        .ok_or(StoreError::Rule(ErrorCode::UserNotFound))?;
    user(&row)
}

async fn fetch_role(
    connection: &mut AnyConnection,
    org: &OrgId,
    user: &UserId,
) -> StoreResult<Option<Role>> {
    let role: Option<String> =
        sqlx::query("SELECT role FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(org.as_str())
            .bind(user.as_str())
            .fetch_optional(&mut *connection)
            .await?
            .map(|row| row.try_get(0))
            .transpose()?;
    role.as_deref()
        .map(Role::parse)
        .transpose()
        .map_err(|_| StoreError::Corrupt("memberships.role".into()))
}

async fn coordinators(connection: &mut AnyConnection, org: &OrgId) -> StoreResult<i64> {
    Ok(
        sqlx::query("SELECT COUNT(*) FROM memberships WHERE org_id = $1 AND role = 'coordinator'")
            .bind(org.as_str())
            .fetch_one(&mut *connection)
            .await?
            .try_get(0)?,
    )
}

#[derive(Serialize)]
struct MembershipRecord<'a> {
    user_id: &'a str,
    email: &'a str,
    role: Role,
}

async fn insert_user(
    connection: &mut AnyConnection,
    email: &Email,
    display_name: &str,
    password_hash: Option<String>,
    global_role: Option<GlobalRole>,
) -> StoreResult<User> {
    let id = UserId::from_raw(new_id());
    let at = now();
    let result = sqlx::query(
        "INSERT INTO users (id, email, display_name, password_hash, language, global_role, created_at, updated_at) \
         VALUES ($1, $2, $3, $4, NULL, $5, $6, $7)",
    )
    .bind(id.as_str())
    .bind(email.as_str())
    .bind(display_name)
    .bind(password_hash)
    .bind(global_role.map(|r| r.as_str().to_owned()))
    .bind(at)
    .bind(at)
    .execute(&mut *connection)
    .await;
    match result {
        Err(error) if is_unique_violation(&error) => Err(ErrorCode::DuplicateEmail.into()),
        Err(error) => Err(error.into()),
        Ok(_) => fetch_user(connection, &id).await,
    }
}

impl Store {
    /// Makes an account.
    pub async fn create_user(
        &self,
        actor: &Actor,
        email: &Email,
        display_name: &str,
        password_hash: Option<String>,
        global_role: Option<GlobalRole>,
    ) -> StoreResult<User> {
        let display_name = check_display_name(display_name)?;
        let mut tx = self.write().await?;
        let created =
            insert_user(&mut tx, email, &display_name, password_hash, global_role).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                None,
                "user",
                created.id.as_str(),
                "create",
                None::<&()>,
                Some(&created),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(created)
    }

    /// One account.
    pub async fn user(&self, id: &UserId) -> StoreResult<User> {
        let mut connection = self.pool.acquire().await?;
        fetch_user(&mut connection, id).await
    }

    /// One account by email.
    pub async fn user_by_email(&self, email: &Email) -> StoreResult<Option<User>> {
        sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
        ))
        .bind(email.as_str())
        .fetch_optional(&self.pool)
        .await?
        .map(|row| user(&row))
        .transpose()
    }

    /// The account and its password hash, for the sign-in check.
    pub async fn credentials(&self, email: &Email) -> StoreResult<Option<(User, Option<String>)>> {
        let row = sqlx::query(&format!(
            "SELECT {USER_COLUMNS}, users.password_hash FROM users WHERE email = $1"
        ))
        .bind(email.as_str())
        .fetch_optional(&self.pool)
        .await?;
        match row {
            None => Ok(None),
            Some(row) => Ok(Some((user(&row)?, row.try_get("password_hash")?))),
        }
    }

    /// Changes a person's name and language.
    pub async fn update_profile(
        &self,
        actor: &Actor,
        id: &UserId,
        display_name: &str,
        language: Option<Language>,
    ) -> StoreResult<User> {
        let display_name = check_display_name(display_name)?;
        let mut tx = self.write().await?;
        let before = fetch_user(&mut tx, id).await?;
        sqlx::query(
            "UPDATE users SET display_name = $1, language = $2, updated_at = $3 WHERE id = $4",
        )
        .bind(display_name)
        .bind(language.map(|l| l.as_str().to_owned()))
        .bind(now())
        .bind(id.as_str())
        .execute(&mut *tx)
        .await?;
        let after = fetch_user(&mut tx, id).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                None,
                "user",
                id.as_str(),
                "update",
                Some(&before),
                Some(&after),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// Only the language (the switcher on every page).
    pub async fn set_language(
        &self,
        actor: &Actor,
        id: &UserId,
        language: Language,
    ) -> StoreResult<()> {
        let user = self.user(id).await?;
        self.update_profile(actor, id, &user.display_name, Some(language))
            .await
            .map(|_| ())
    }

    /// Sets a new password hash and ends every session of the person except
    /// the one named (the one that changed it, if any), their API tokens and
    /// any one-time link still out.
    pub async fn set_password(
        &self,
        actor: &Actor,
        id: &UserId,
        password_hash: String,
        keep_session: Option<&str>,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        fetch_user(&mut tx, id).await?;
        sqlx::query("UPDATE users SET password_hash = $1, updated_at = $2 WHERE id = $3")
            .bind(password_hash)
            .bind(now())
            .bind(id.as_str())
            .execute(&mut *tx)
            .await?;
        let keep = keep_session.map(crate::hash_secret).unwrap_or_default();
        sqlx::query("DELETE FROM sessions WHERE user_id = $1 AND token_hash <> $2")
            .bind(id.as_str())
            .bind(keep)
            .execute(&mut *tx)
            .await?;
        // A new password ends the person's API tokens and any reset or
        // invitation link still out.
        crate::auth::revoke_api_tokens_of(&mut tx, actor, id, "set_password").await?;
        crate::auth::end_links_of(&mut tx, id, now()).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                None,
                "user",
                id.as_str(),
                "set_password",
                None::<&()>,
                None::<&()>,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Gives or takes a global role.
    pub async fn set_global_role(
        &self,
        actor: &Actor,
        id: &UserId,
        role: Option<GlobalRole>,
    ) -> StoreResult<User> {
        let mut tx = self.write().await?;
        let before = fetch_user(&mut tx, id).await?;
        sqlx::query("UPDATE users SET global_role = $1, updated_at = $2 WHERE id = $3")
            .bind(role.map(|r| r.as_str().to_owned()))
            .bind(now())
            .bind(id.as_str())
            .execute(&mut *tx)
            .await?;
        let after = fetch_user(&mut tx, id).await?;
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                None,
                "user",
                id.as_str(),
                "set_global_role",
                Some(&before),
                Some(&after),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(after)
    }

    /// A page of accounts, by email.
    pub async fn users(&self, search: Option<&str>, page: PageRequest) -> StoreResult<Paged<User>> {
        let search = search
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(|s| crate::like_contains(&s.to_lowercase()));
        let escape = crate::LIKE_ESCAPE;
        let condition = format!(
            "($1 IS NULL OR email LIKE $1 {escape} OR LOWER(display_name) LIKE $1 {escape})"
        );
        let total: i64 = sqlx::query(&format!("SELECT COUNT(*) FROM users WHERE {condition}"))
            .bind(search.clone())
            .fetch_one(&self.pool)
            .await?
            .try_get(0)?;
        let rows = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE {condition} ORDER BY email LIMIT $2 OFFSET $3"
        ))
        .bind(search)
        .bind(page.per_page)
        .bind(page.offset())
        .fetch_all(&self.pool)
        .await?;
        let items = rows.iter().map(user).collect::<StoreResult<_>>()?;
        Ok(Paged {
            items,
            total,
            page: page.page,
            per_page: page.per_page,
        })
    }

    /// The person's role in an organisation, if a member.
    pub async fn role_in(&self, org: &OrgId, user: &UserId) -> StoreResult<Option<Role>> {
        let mut connection = self.pool.acquire().await?;
        fetch_role(&mut connection, org, user).await
    }

    /// The organisations a person belongs to, with the role in each, by name.
    pub async fn memberships_of(&self, user: &UserId) -> StoreResult<Vec<(Organisation, Role)>> {
        let rows = sqlx::query("SELECT org_id, role FROM memberships WHERE user_id = $1")
            .bind(user.as_str())
            .fetch_all(&self.pool)
            .await?;
        let mut connection = self.pool.acquire().await?;
        let mut result = Vec::with_capacity(rows.len());
        for row in rows {
            let org = OrgId::from_raw(row.try_get::<String, _>("org_id")?);
            let role = Role::parse(&row.try_get::<String, _>("role")?)
                .map_err(|_| StoreError::Corrupt("memberships.role".into()))?;
            result.push((organisations::fetch(&mut connection, &org).await?, role));
        }
        result.sort_by(|a, b| a.0.name_sv.cmp(&b.0.name_sv));
        Ok(result)
    }

    /// An organisation's members, coordinators first, then by name.
    pub async fn members(&self, org: &OrgId) -> StoreResult<Vec<Member>> {
        let rows = sqlx::query(&format!(
            "SELECT {USER_COLUMNS}, memberships.role, memberships.created_at AS since FROM memberships \
             JOIN users ON users.id = memberships.user_id WHERE memberships.org_id = $1 ORDER BY users.display_name, users.email"
        ))
        .bind(org.as_str())
        .fetch_all(&self.pool)
        .await?;
        let mut members = rows
            .iter()
            .map(|row| {
                Ok(Member {
                    user: user(row)?,
                    role: Role::parse(&row.try_get::<String, _>("role")?)
                        .map_err(|_| StoreError::Corrupt("memberships.role".into()))?,
                    since: row.try_get("since")?,
                })
            })
            .collect::<StoreResult<Vec<_>>>()?;
        members.sort_by_key(|m| std::cmp::Reverse(m.role));
        Ok(members)
    }

    /// Adds a person to an organisation with a role, making the account when
    /// the email is new (with a link to set a password), and queues the mail
    /// `compose` writes — all in one transaction.
    pub async fn add_member(
        &self,
        actor: &Actor,
        org: &OrgId,
        email: &Email,
        display_name: Option<&str>,
        role: Role,
        compose: impl FnOnce(&Invitation) -> OutgoingMail,
    ) -> StoreResult<Invitation> {
        let mut tx = self.write().await?;
        organisations::fetch(&mut tx, org).await?;
        let existing = sqlx::query(&format!(
            "SELECT {USER_COLUMNS} FROM users WHERE email = $1"
        ))
        .bind(email.as_str())
        .fetch_optional(&mut *tx)
        .await?
        .map(|row| user(&row))
        .transpose()?;
        let (member, new_account) = match existing {
            Some(found) => (found, false),
            None => {
                let name = match display_name.map(str::trim).filter(|n| !n.is_empty()) {
                    Some(name) => check_display_name(name)?,
                    None => email
                        .as_str()
                        .split('@')
                        .next()
                        .unwrap_or_default()
                        .to_owned(),
                };
                let created = insert_user(&mut tx, email, &name, None, None).await?;
                record(
                    &mut tx,
                    actor,
                    AuditEvent::new(
                        Some(org),
                        "user",
                        created.id.as_str(),
                        "create",
                        None::<&()>,
                        Some(&created),
                    ),
                )
                .await?;
                (created, true)
            }
        };
        if fetch_role(&mut tx, org, &member.id).await?.is_some() {
            return Err(ErrorCode::DuplicateMember.into());
        }
        sqlx::query(
            "INSERT INTO memberships (org_id, user_id, role, created_at) VALUES ($1, $2, $3, $4)",
        )
        .bind(org.as_str())
        .bind(member.id.as_str())
        .bind(role.as_str())
        .bind(now())
        .execute(&mut *tx)
        .await?;
        let after = MembershipRecord {
            user_id: member.id.as_str(),
            email: &member.email,
            role,
        };
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "membership",
                member.id.as_str(),
                "create",
                None::<&()>,
                Some(&after),
            ),
        )
        .await?;
        let link_secret = if member.has_password {
            None
        } else {
            Some(create_link(&mut tx, &member.id, LinkPurpose::Invitation).await?)
        };
        let invitation = Invitation {
            user: member,
            new_account,
            link_secret,
        };
        enqueue(&mut tx, &compose(&invitation)).await?;
        tx.commit().await?;
        Ok(invitation)
    }

    /// Changes a member's role. The last coordinator cannot step down.
    pub async fn set_member_role(
        &self,
        actor: &Actor,
        org: &OrgId,
        member: &UserId,
        role: Role,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        let before = fetch_role(&mut tx, org, member)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::MemberNotFound))?;
        if before == role {
            return Ok(());
        }
        if before == Role::Coordinator && coordinators(&mut tx, org).await? <= 1 {
            return Err(ErrorCode::LastCoordinator.into());
        }
        sqlx::query("UPDATE memberships SET role = $1 WHERE org_id = $2 AND user_id = $3")
            .bind(role.as_str())
            .bind(org.as_str())
            .bind(member.as_str())
            .execute(&mut *tx)
            .await?;
        let person = fetch_user(&mut tx, member).await?;
        let old = MembershipRecord {
            user_id: member.as_str(),
            email: &person.email,
            role: before,
        };
        let new = MembershipRecord {
            user_id: member.as_str(),
            email: &person.email,
            role,
        };
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "membership",
                member.as_str(),
                "update",
                Some(&old),
                Some(&new),
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }

    /// Removes a member. The last coordinator cannot be removed.
    pub async fn remove_member(
        &self,
        actor: &Actor,
        org: &OrgId,
        member: &UserId,
    ) -> StoreResult<()> {
        let mut tx = self.write().await?;
        let before = fetch_role(&mut tx, org, member)
            .await?
            .ok_or(StoreError::Rule(ErrorCode::MemberNotFound))?;
        if before == Role::Coordinator && coordinators(&mut tx, org).await? <= 1 {
            return Err(ErrorCode::LastCoordinator.into());
        }
        sqlx::query("DELETE FROM memberships WHERE org_id = $1 AND user_id = $2")
            .bind(org.as_str())
            .bind(member.as_str())
            .execute(&mut *tx)
            .await?;
        let person = fetch_user(&mut tx, member).await?;
        let old = MembershipRecord {
            user_id: member.as_str(),
            email: &person.email,
            role: before,
        };
        record(
            &mut tx,
            actor,
            AuditEvent::new(
                Some(org),
                "membership",
                member.as_str(),
                "delete",
                Some(&old),
                None::<&()>,
            ),
        )
        .await?;
        tx.commit().await?;
        Ok(())
    }
}
