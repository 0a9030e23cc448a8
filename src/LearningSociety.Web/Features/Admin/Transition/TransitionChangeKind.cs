namespace LearningSociety.Web.Features.Admin.Transition;

/// <summary>
/// Every field a transition may set. Values are stored as invariant strings: a plan status name, an
/// agency or unit id, "agencyId|unitId" for an account, "locked"/"" for an account's lock.
/// </summary>
public enum TransitionChangeKind
{
    PlanStatus,
    PlanUnit,
    PlanIssuer,
    RuleFrom,
    RuleTo,
    UserAgency,
    UserLock,
}
