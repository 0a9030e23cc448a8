using System.Globalization;
using LearningSociety.Domain.Importing;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// What the importer only guessed is never saved as a fact: each field marked "cần kiểm tra" must be
/// corrected (its value changed) or ticked "Đã kiểm tra" before "Xác nhận lưu" is accepted. Checked on
/// the server, so a crafted post cannot skip it; the form keeps everything typed.
/// </summary>
public static class ImportChecks
{
    public const string Message = "Cần kiểm tra: trường này được đọc bằng suy đoán. Hãy sửa, hoặc đánh dấu “Đã kiểm tra” nếu đã đúng.";

    /// <summary>The form field each draft field is edited in.</summary>
    public static string InputOf(DraftField field) => field switch
    {
        DraftField.Number => nameof(ImportReviewInput.Number),
        DraftField.Symbol => nameof(ImportReviewInput.Symbol),
        DraftField.IssuedOn => nameof(ImportReviewInput.IssuedOn),
        DraftField.IssuedPlace => nameof(ImportReviewInput.IssuedPlace),
        DraftField.Issuer => nameof(ImportReviewInput.IssuerId),
        DraftField.Unit => nameof(ImportReviewInput.UnitId),
        DraftField.Level => nameof(ImportReviewInput.UnitId),
        DraftField.Period => nameof(ImportReviewInput.PeriodStartYear),
        DraftField.Title => nameof(ImportReviewInput.Title),
    };

    public static void Unconfirmed(ImportDraftState state, ImportReviewInput input, IReadOnlyList<ImportDirectoryAgency> agencies, List<(string Field, string Message)> problems)
    {
        var s = state.Seed;
        int? IdOf(string? key) => agencies.FirstOrDefault(a => a.Key == key)?.Id;
        var issued = DateOnly.TryParseExact(s.IssuedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? Display.Date(d) : null;
        foreach (var name in state.UncertainFields)
        {
            if (!Enum.TryParse<DraftField>(name, out var field) || input.Confirmed.Contains(name, StringComparer.Ordinal))
            {
                continue;
            }

            var corrected = field switch
            {
                DraftField.Number => !Same(input.Number, s.Number),
                DraftField.Symbol => !Same(input.Symbol, s.Symbol),
                DraftField.IssuedOn => !Same(input.IssuedOn, issued),
                DraftField.IssuedPlace => !Same(input.IssuedPlace, s.IssuedPlace),
                DraftField.Issuer => input.IssuerId != IdOf(s.Issuer),
                // The unit is chosen from the list; a choice made by the person is a correction.
                DraftField.Unit or DraftField.Level => input.UnitId is not null && string.IsNullOrEmpty(s.Unit),
                DraftField.Period => !Same(input.PeriodStartYear, s.PeriodStart?.ToString(CultureInfo.InvariantCulture))
                    || !Same(input.PeriodEndYear, (s.PeriodEnd ?? s.PeriodStart)?.ToString(CultureInfo.InvariantCulture)),
                DraftField.Title => !Same(input.Title, s.Title),
            };
            var key = InputOf(field);
            if (!corrected && !problems.Any(p => p.Field == key))
            {
                problems.Add((key, Message));
            }
        }

        for (var i = 0; i < input.Targets.Count && i < state.TargetValues.Count; i++)
        {
            var target = input.Targets[i];
            var drafted = state.TargetValues[i];
            var year = drafted.Year?.ToString(CultureInfo.InvariantCulture);
            if (drafted.Uncertain && target.Keep && !target.Confirmed && Same(target.Year, year))
            {
                problems.Add(($"Targets[{i}].Year", "Cần kiểm tra: năm của chỉ tiêu này được suy đoán. Hãy sửa năm, hoặc đánh dấu “Đã kiểm tra”."));
            }
        }
    }

    private static bool Same(string? typed, string? drafted) =>
        string.Equals((typed ?? string.Empty).Trim(), (drafted ?? string.Empty).Trim(), StringComparison.Ordinal);
}
