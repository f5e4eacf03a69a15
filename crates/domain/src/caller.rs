//! Who asks, resolved once per request: the account with its organisation and role, what it is
//! in the audiences of shared items, and what it may do. Every layer above takes this one type,
//! so the answer to "may this caller…" is given here, by the access and sharing rules, and
//! nowhere else.

use crate::access::{Action, Audience, Viewer, allows};
use crate::sharing::{Principal, principals_of};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Caller {
    viewer: Viewer,
    principals: Vec<Principal>,
}

impl Caller {
    pub fn new(viewer: Viewer) -> Self {
        let principals = principals_of(Some(&viewer));
        Caller { viewer, principals }
    }

    /// The account, its organisation and role.
    pub fn viewer(&self) -> &Viewer {
        &self.viewer
    }

    pub fn account(&self) -> &str {
        &self.viewer.account
    }

    pub fn organisation(&self) -> Option<&str> {
        self.viewer.organisation.as_deref()
    }

    /// What the caller is in the audience of a shared item.
    pub fn principals(&self) -> &[Principal] {
        &self.principals
    }

    /// The audiences of records the caller reads.
    pub fn audiences(&self) -> &'static [Audience] {
        Audience::readable_by(&self.viewer)
    }

    /// Whether the access rules allow the caller this action.
    pub fn may(&self, action: Action) -> bool {
        allows(&self.viewer, action)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::access::Role;

    #[test]
    fn an_observer_caller_is_no_member_of_its_organisation() {
        let caller = Caller::new(Viewer {
            account: "a1".to_owned(),
            organisation: Some("cec".to_owned()),
            role: Role::Observer,
        });
        assert!(
            !caller
                .principals()
                .contains(&Principal::Organisation("cec".to_owned()))
        );
        assert!(caller.principals().contains(&Principal::Observers));
        assert!(!caller.may(Action::Report));
    }
}
