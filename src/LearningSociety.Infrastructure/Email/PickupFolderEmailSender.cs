using System.Globalization;
using MimeKit;

namespace LearningSociety.Infrastructure.Email;

/// <summary>
/// Without an SMTP server (development, a closed network) each e-mail becomes one .eml file that any
/// mail program opens. Written under a temporary name and then renamed, so a reader never sees half a file.
/// </summary>
public sealed class PickupFolderEmailSender(string folder, MailboxAddress from, TimeProvider clock) : IEmailSender
{
    public string Folder { get; } = folder;

    public async Task SendAsync(EmailMessage message, CancellationToken ct = default)
    {
        Directory.CreateDirectory(Folder);
        var now = clock.GetUtcNow();
        var mime = MimeBuilder.Build(message, from, now);
        var name = now.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N") + ".eml";
        var temporary = Path.Combine(Folder, name + ".tmp");
        await using (var stream = File.Create(temporary))
        {
            await mime.WriteToAsync(stream, ct);
        }

        File.Move(temporary, Path.Combine(Folder, name));
    }
}
