using System.Text.Json;
using LearningSociety.Domain.Text;

namespace LearningSociety.Infrastructure.Seeding;

/// <summary>Reads seeds/plans/*.json; a syntax error is reported with its file, line and JSON path.</summary>
public static class PlanSeedReader
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static PlanSeed Read(string path)
    {
        var name = System.IO.Path.GetFileName(path);
        try
        {
            // Text is normalised to NFC on the way in, whatever editor wrote the file.
            var json = VietnameseText.Nfc(File.ReadAllText(path));
            return JsonSerializer.Deserialize<PlanSeed>(json, Options)
                ?? throw new SeedException(name, "$", "tệp rỗng");
        }
        catch (JsonException ex)
        {
            var location = ex.LineNumber is { } line ? $"dòng {line + 1}, {ex.Path ?? "$"}" : ex.Path ?? "$";
            throw new SeedException(name, location, "JSON không hợp lệ hoặc thiếu trường bắt buộc (" + ex.Message + ")");
        }
    }
}
