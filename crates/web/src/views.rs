//! What every page shows around its content, decided once: who is signed in, which parts of
//! the navigation their role may use, and the CSRF token forms carry.

use crate::session::CurrentUser;
use liaison_domain::access::{Action, RecordKind, allows};

#[derive(Debug, Clone)]
pub struct Chrome {
    pub user: String,
    pub role: &'static str,
    pub organisation: String,
    pub csrf: String,
    /// The navigation entry of the page.
    pub section: &'static str,
    pub can_edit_model: bool,
    pub can_manage_accounts: bool,
    pub can_read_audit: bool,
    pub can_read_risks: bool,
}

impl Chrome {
    pub fn of(user: &CurrentUser, section: &'static str) -> Self {
        let own = user.viewer.organisation.as_deref();
        Chrome {
            user: user.account.name.clone(),
            role: user.viewer.role.label(),
            organisation: own.unwrap_or("platform").to_owned(),
            csrf: user.csrf.clone(),
            section,
            can_edit_model: allows(
                &user.viewer,
                Action::EditRecord {
                    kind: RecordKind::Forum,
                    owner: None,
                },
            ),
            can_manage_accounts: allows(&user.viewer, Action::ManageAccounts { organisation: own })
                || allows(&user.viewer, Action::ManageAccounts { organisation: None }),
            can_read_audit: allows(&user.viewer, Action::ReadAudit),
            can_read_risks: allows(&user.viewer, Action::ReadRiskRegister),
        }
    }

    /// `aria-current` for the navigation entry of this page.
    pub fn current(&self, section: &str) -> &'static str {
        if self.section == section {
            "page"
        } else {
            "false"
        }
    }
}
