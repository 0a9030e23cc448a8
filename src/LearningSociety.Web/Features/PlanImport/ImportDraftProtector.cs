using System.IO.Compression;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.AspNetCore.DataProtection;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// Packs a draft (a plan read from text, the rows read from a workbook) into one hidden field: JSON, compressed (a plan's text shrinks to a
/// quarter), then encrypted and signed by data protection so the posted draft is the one the
/// portal read, and no draft needs a table before it is confirmed.
/// </summary>
public sealed class ImportDraftProtector(IDataProtectionProvider provider)
{
    private readonly IDataProtector _protector = provider.CreateProtector("LearningSociety.PlanImport.Draft.v1");

    public string Protect<T>(T state)
    {
        using var buffer = new MemoryStream();
        using (var zip = new GZipStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        {
            JsonSerializer.Serialize(zip, state);
        }

        return Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(_protector.Protect(buffer.ToArray()));
    }

    /// <summary>Null when the field was altered, comes from another key ring or is not a draft at all.</summary>
    public T? Unprotect<T>(string? value)
        where T : class
    {
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        try
        {
            var bytes = _protector.Unprotect(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(value));
            using var zip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            return JsonSerializer.Deserialize<T>(zip);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException or JsonException or InvalidDataException)
        {
            return null;
        }
    }
}
