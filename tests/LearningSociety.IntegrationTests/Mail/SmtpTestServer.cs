using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using LearningSociety.UnitTests.Support;

namespace LearningSociety.IntegrationTests.Mail;

/// <summary>
/// A real SMTP server (smtp_server.py on Debian's python3-aiosmtpd) as a child process on a free port
/// of 127.0.0.1: STARTTLS required, with a self-signed certificate made here by openssl, and AUTH
/// LOGIN/PLAIN with one account. What it accepts lands as .eml files in <see cref="Inbox"/>.
/// It can be stopped and started again on the same port (a mail server that goes down and comes back).
/// </summary>
public sealed class SmtpTestServer : IAsyncLifetime
{
    public const string User = "canhac@hoctap.test";
    public const string Password = "Mật-khẩu thư 2026";

    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(30);
    private Process? process;

    public string Folder { get; } = Directory.CreateTempSubdirectory("hoctap-smtp-").FullName;

    public string Inbox => Path.Combine(Folder, "inbox");

    /// <summary>The server's certificate, for 127.0.0.1 only: what the portal is told to trust (Email:Smtp:CaCertificatePath).</summary>
    public string CertificatePath => Path.Combine(Folder, "server.pem");

    public string Host => "127.0.0.1";

    public int Port { get; } = FreePort();

    public async Task InitializeAsync()
    {
        // Valid for the real today: the portal's test clock moves the reminders, not the TLS handshake.
        ExternalTool.Run("openssl", [
            "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
            "-keyout", Path.Combine(Folder, "server.key"), "-out", CertificatePath,
            "-subj", "/CN=hoctap-smtp-test", "-addext", "subjectAltName=IP:127.0.0.1",
        ], TimeSpan.FromSeconds(60));
        await StartAsync();
    }

    public async Task StartAsync()
    {
        if (process is not null)
        {
            throw new InvalidOperationException("The SMTP test server is already running.");
        }

        var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
        var start = new ProcessStartInfo(python)
        {
            RedirectStandardInput = true, // closing it stops the server even if this process dies first
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
        {
            Path.Combine(AppContext.BaseDirectory, "Mail", "smtp_server.py"), Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            CertificatePath, Path.Combine(Folder, "server.key"), User, Password, Inbox,
        })
        {
            start.ArgumentList.Add(argument);
        }

        var started = Process.Start(start)!;
        var stderr = started.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(StartTimeout);
        string? line;
        try
        {
            line = await started.StandardOutput.ReadLineAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            line = null;
        }

        if (line != "READY")
        {
            started.Kill(entireProcessTree: true);
            await started.WaitForExitAsync();
            throw new InvalidOperationException(
                $"The SMTP test server did not start (is python3-aiosmtpd installed? apt-get install python3-aiosmtpd): {line} {await stderr}");
        }

        process = started;
    }

    public async Task StopAsync()
    {
        if (process is null)
        {
            return;
        }

        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        process.Dispose();
        process = null;
    }

    /// <summary>The messages received so far, in the order they arrived.</summary>
    public IReadOnlyList<string> Received() =>
        Directory.Exists(Inbox) ? [.. Directory.GetFiles(Inbox, "*.eml").Order(StringComparer.Ordinal)] : [];

    public async Task DisposeAsync()
    {
        await StopAsync();
        Directory.Delete(Folder, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
