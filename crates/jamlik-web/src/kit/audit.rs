//! The audit log's rows as the organisation's and the admin's audit pages
//! show them: who changed what, only the fields that changed.

use askama::Template;
use jamlik_store::AuditEntry;

use crate::kit::views::Layout;

/// One audit entry, ready to show: only the fields that changed.
#[derive(Debug)]
pub(crate) struct AuditRow {
    pub at: i64,
    pub actor: String,
    pub entity_type: String,
    pub entity_id: String,
    pub action: String,
    pub changes: Vec<FieldChange>,
}

/// One field of an audited entity, before and after.
#[derive(Debug)]
pub(crate) struct FieldChange {
    pub field: String,
    pub before: String,
    pub after: String,
}

fn field_text(value: Option<&serde_json::Value>) -> String {
    match value {
        None | Some(serde_json::Value::Null) => String::new(),
        Some(serde_json::Value::String(text)) => text.clone(),
        Some(serde_json::Value::Array(items)) => items
            .iter()
            .map(|item| {
                item.as_str()
                    .map_or_else(|| item.to_string(), str::to_owned)
            })
            .collect::<Vec<_>>()
            .join(", "),
        Some(other) => other.to_string(),
    }
}

/// The fields that differ between the before and after JSON of an entry.
pub(crate) fn changes(before: Option<&str>, after: Option<&str>) -> Vec<FieldChange> {
    let parse = |text: Option<&str>| -> serde_json::Map<String, serde_json::Value> {
        text.and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok())
            .and_then(|v| v.as_object().cloned())
            .unwrap_or_default()
    };
    let (before, after) = (parse(before), parse(after));
    let mut fields: Vec<&String> = before.keys().chain(after.keys()).collect();
    fields.sort();
    fields.dedup();
    fields
        .into_iter()
        .filter(|field| !matches!(field.as_str(), "id" | "updated_at" | "created_at"))
        .filter(|field| before.get(*field) != after.get(*field))
        .map(|field| FieldChange {
            field: field.clone(),
            before: field_text(before.get(field)),
            after: field_text(after.get(field)),
        })
        .collect()
}

pub(crate) fn audit_rows(entries: &[AuditEntry]) -> Vec<AuditRow> {
    entries
        .iter()
        .map(|e| AuditRow {
            at: e.at,
            actor: e.actor_label.clone(),
            entity_type: e.entity_type.clone(),
            entity_id: e.entity_id.clone(),
            action: e.action.clone(),
            changes: changes(e.before_json.as_deref(), e.after_json.as_deref()),
        })
        .collect()
}

#[derive(Template)]
#[template(path = "kit/audit.html")]
pub(crate) struct AuditPage {
    pub page: Layout,
    pub rows: Vec<AuditRow>,
    pub page_number: i64,
    pub pages: i64,
    pub base: String,
}

#[cfg(test)]
mod tests {
    use super::changes;

    #[test]
    fn audit_rows_show_only_what_changed() {
        let before = r#"{"id":"1","languages":["fi","sv"],"staff_size":40,"updated_at":1}"#;
        let after = r#"{"id":"1","languages":["fi","sv"],"staff_size":55,"updated_at":2}"#;
        let shown: Vec<_> = changes(Some(before), Some(after))
            .into_iter()
            .map(|c| (c.field, c.before, c.after))
            .collect();
        assert_eq!(
            shown,
            vec![("staff_size".to_owned(), "40".to_owned(), "55".to_owned())]
        );
        let created: Vec<_> = changes(None, Some(after))
            .into_iter()
            .map(|c| (c.field, c.after))
            .collect();
        assert_eq!(
            created,
            vec![
                ("languages".to_owned(), "fi, sv".to_owned()),
                ("staff_size".to_owned(), "55".to_owned())
            ]
        );
    }
}
