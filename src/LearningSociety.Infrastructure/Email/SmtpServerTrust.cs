using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace LearningSociety.Infrastructure.Email;

/// <summary>
/// Trusts the certificate authorities of Email:Smtp:CaCertificatePath besides the system's. Only a chain
/// error can be forgiven, and only when the chain ends at one of those authorities; a wrong name never is.
/// </summary>
public sealed class SmtpServerTrust(X509Certificate2Collection authorities)
{
    public static SmtpServerTrust Load(string path)
    {
        var authorities = new X509Certificate2Collection();
        if (File.ReadAllText(path).Contains("-----BEGIN CERTIFICATE-----", StringComparison.Ordinal))
        {
            authorities.ImportFromPemFile(path);
        }
        else
        {
            authorities.Add(X509CertificateLoader.LoadCertificateFromFile(path));
        }

        return new SmtpServerTrust(authorities);
    }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        if (errors == SslPolicyErrors.None)
        {
            return true;
        }

        if (errors != SslPolicyErrors.RemoteCertificateChainErrors || certificate is null)
        {
            return false;
        }

        using var server = X509CertificateLoader.LoadCertificate(certificate.GetRawCertData());
        using var custom = new X509Chain();
        custom.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        custom.ChainPolicy.CustomTrustStore.AddRange(authorities);
        // A private authority seldom publishes a revocation list the portal can reach.
        custom.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        if (chain is not null)
        {
            foreach (var element in chain.ChainElements)
            {
                custom.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        return custom.Build(server);
    }
}
