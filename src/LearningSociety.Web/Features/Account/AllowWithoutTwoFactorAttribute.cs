namespace LearningSociety.Web.Features.Account;

/// <summary>Pages staff may open before they have turned on two-factor sign-in (setting it up, signing out, error pages).</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method)]
public sealed class AllowWithoutTwoFactorAttribute : Attribute;
