namespace LearningSociety.Infrastructure.Email;

/// <summary>Email:Smtp. A server is used only when <see cref="Host"/> is set.</summary>
public sealed class SmtpOptions
{
    public string? Host { get; set; }
    public int Port { get; set; } = 587;
    public string? Username { get; set; }
    public string? Password { get; set; }
    /// <summary>True: STARTTLS is required. False: TLS from the first byte on port 465, none on other ports (a local relay).</summary>
    public bool UseStartTls { get; set; } = true;
    public int TimeoutSeconds { get; set; } = 30;
    /// <summary>
    /// A PEM (one or more certificates) or DER file of a private certificate authority that issued the
    /// server's certificate; trusted in addition to the system's. Empty: only the system's authorities.
    /// The server's name must match its certificate either way.
    /// </summary>
    public string? CaCertificatePath { get; set; }
}
