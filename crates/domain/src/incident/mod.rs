//! Incident handling: what may be reported, how an incident moves through its lifecycle, and
//! who it is routed and escalated to.

mod lifecycle;
mod observable;
mod routing;

pub use lifecycle::{LifecycleError, check_transition, is_open};
pub use observable::{
    DomainProblem, MAX_PER_INCIDENT, MAX_TEXT_CHARS, MAX_VALUE_CHARS, Observable, ObservableError,
    ObservableProblem,
};
pub use routing::{
    Assignment, AssignmentRole, EscalationDuty, Gap, IncidentFacts, IncidentPlan, PlanError,
    SuggestedRecipient, audience_for, contact_chain, phase_on, plan, reaches, route, route_threat,
    suggested_recipients,
};
