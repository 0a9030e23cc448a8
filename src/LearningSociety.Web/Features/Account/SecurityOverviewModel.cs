namespace LearningSociety.Web.Features.Account;

public sealed record SecurityOverviewModel(bool TwoFactorEnabled, bool HasAuthenticator, int RecoveryCodesLeft, bool MachineRemembered, bool RequiredByPolicy);
