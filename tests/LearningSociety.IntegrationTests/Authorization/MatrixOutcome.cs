namespace LearningSociety.IntegrationTests.Authorization;

/// <summary>What a request came back as, in the categories the authorization matrix speaks.</summary>
public enum MatrixOutcome
{
    /// <summary>2xx, a redirect that is not a refusal, or 409/422 (the form was processed and found wanting).</summary>
    Allowed,

    /// <summary>401, or a redirect to /Account/Login.</summary>
    Login,

    /// <summary>403, or a redirect to /Account/AccessDenied.</summary>
    Forbidden,

    /// <summary>404: the portal hides that the thing exists.</summary>
    NotFound,

    /// <summary>Anything else (400, 500…): never expected by the matrix.</summary>
    Error,
}
