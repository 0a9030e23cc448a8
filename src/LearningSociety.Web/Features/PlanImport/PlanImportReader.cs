using System.Globalization;
using System.Text;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Importing;
using LearningSociety.Domain.Plans;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Importing;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>Step one: the pasted text or the uploaded file becomes a draft and the review form's first values. Nothing is stored.</summary>
public sealed class PlanImportReader(AppDbContext db, ImportDirectory directory, PlanImportOptions options, TimeProvider clock)
{
    public const string PastedName = "Văn bản dán vào";

    /// <summary>The pasted text or the uploaded file: its text, or a scan (no text layer, a photo) to read by OCR first.</summary>
    /// <exception cref="PlanFileException">Nothing to read, or a file that is not a readable .txt / .docx / .pdf / image (the message is for the user).</exception>
    public (string FileName, PlanDocument Document) Open(ImportSourceInput input)
    {
        var reader = new PlanDocumentReader(options);
        if (input.File is { } file)
        {
            var fileName = Path.GetFileName(file.FileName);
            if (file.Length > options.MaxFileBytes)
            {
                throw new PlanFileException(TooLarge(file.Length, options.MaxFileBytes));
            }

            using var stream = file.OpenReadStream();
            return (fileName, reader.Open(stream, fileName, scans: true));
        }

        if (!string.IsNullOrWhiteSpace(input.Text))
        {
            if (input.Text.Length > ImportSourceInput.MaxTextLength)
            {
                throw new PlanFileException($"Văn bản dán vào dài {Display.Number(input.Text.Length)} ký tự; cổng nhận đến {Display.Number(ImportSourceInput.MaxTextLength)} ký tự. "
                    + "Hãy bỏ bớt phụ lục, hoặc chọn tệp .docx hay .pdf của văn bản.");
            }

            var bytes = Encoding.UTF8.GetBytes(input.Text);
            if (bytes.Length > options.MaxFileBytes)
            {
                throw new PlanFileException(TooLarge(bytes.Length, options.MaxFileBytes));
            }

            return (PastedName, new PlanDocument(reader.Read(new MemoryStream(bytes), "van-ban.txt"), null));
        }

        throw new PlanFileException("Chưa có gì để nhập: hãy dán nội dung kế hoạch vào ô văn bản, hoặc chọn một tệp .txt, .docx, .pdf hay ảnh chụp .jpg, .png.");
    }

    /// <summary>The draft read from a plan's text, against the directory of the user's bodies. Nothing is stored.</summary>
    public async Task<ImportDraftState> DraftAsync(string text, string fileName, UserScope user, CancellationToken ct)
    {
        var agencies = await directory.LoadAsync(user, ct);
        var seeds = agencies.Select(a => a.Seed).ToList();
        // Bodies carry their lifetimes: a body that did not exist on the plan's date never issues it.
        var entries = AgencyDirectory.FromSeeds(seeds).Zip(agencies, (e, a) => e with { ValidFrom = a.Term.ValidFrom, ValidTo = a.Term.ValidTo }).ToList();
        var result = new PlanTextImporter(entries).Import(text);
        var seed = PlanDraftMapper.ToSeed(result, fileName, seeds);
        var known = agencies.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var proposals = seed.Agencies.Where(a => !known.Contains(a.Key)).Select(a =>
        {
            var p = result.AgencyProposals.FirstOrDefault(x => string.Equals(x.Name, a.Name, StringComparison.Ordinal));
            return new ImportDraftProposal(a.Key, a.Name, p?.Line ?? 0, p?.Occurrences ?? 1);
        }).ToList();
        var day = result.Draft.IssuedOn ?? VietnamTime.Today(clock);
        var lines = result.Draft.AllNodes().Select(n => n.Line).ToList();
        proposals.AddRange(EndedMentions(seed, agencies, day, lines));
        var issues = result.Issues.ToList();
        if (agencies.FirstOrDefault(a => a.Key == seed.Issuer) is { } issuer && issuer.Term.EndedBefore(day))
        {
            issues.Add(new ImportIssue("Cơ quan ban hành", $"{issuer.Name} đã giải thể ngày {Display.Date(issuer.Term.ValidTo)}, trước ngày của kế hoạch "
                + $"({Display.Date(day)}): hãy chọn cơ quan ban hành" + (issuer.Term.Successor is { } s ? $" (cơ quan kế thừa: {s})." : "."), null));
            seed = seed with { Issuer = "" };
        }

        return new ImportDraftState(
            fileName,
            text,
            seed,
            issues,
            [.. result.Draft.AllNodes().Select(n => n.Line)],
            proposals,
            [.. result.Draft.Targets.Select(t => new ImportDraftValue(t.Value, t.Year, t.Line, t.Uncertain))],
            [.. result.Draft.Uncertain.Order().Select(f => f.ToString())],
            result.Draft.Issuer is null && result.Draft.IssuerName is { } proposed
                ? $"Văn bản ghi “{proposed}” ({IssuerHeader.KindOf(proposed)}), chưa có trong danh mục: hãy chọn cơ quan, hoặc tạo cơ quan mới trong Quản trị rồi nhập lại."
                : null);
    }

    /// <summary>The review form filled with what the importer read.</summary>
    public async Task<ImportReviewInput> FirstInputAsync(ImportDraftState state, UserScope user, CancellationToken ct)
    {
        var seed = state.Seed;
        var agencies = await directory.LoadAsync(user, ct);
        DateOnly? issuedOn = DateOnly.TryParseExact(seed.IssuedOn, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        var at = issuedOn ?? DateOnly.MaxValue;
        var unitId = string.IsNullOrEmpty(seed.Unit) ? null : await db.Units.AsNoTracking()
            .Where(u => u.Code == seed.Unit)
            // The unit as it was when the plan was issued: codes are reused after a merger.
            .OrderBy(u => u.ValidFrom <= at && (u.ValidTo == null || u.ValidTo >= at) ? 0 : 1)
            .ThenByDescending(u => u.ValidFrom)
            .Select(u => (int?)u.Id)
            .FirstOrDefaultAsync(ct);
        var values = state.TargetValues;
        var targets = seed.Targets ?? [];
        return new ImportReviewInput
        {
            Number = seed.Number,
            Symbol = seed.Symbol,
            IssuedOn = Display.Date(issuedOn),
            MonthOnly = string.Equals(seed.IssuedOnPrecision, "month", StringComparison.Ordinal),
            IssuedPlace = seed.IssuedPlace,
            IssuerId = agencies.FirstOrDefault(a => a.Key == seed.Issuer)?.Id,
            UnitId = unitId,
            Kind = Enum.TryParse<PlanKind>(seed.Kind, ignoreCase: true, out var kind) ? kind : PlanKind.Implementation,
            Title = seed.Title,
            PeriodStartYear = Year(seed.PeriodStart ?? issuedOn?.Year),
            PeriodEndYear = Year(seed.PeriodEnd ?? seed.PeriodStart ?? issuedOn?.Year),
            Legal = [.. (seed.LegalBasis ?? []).Select(l => new ImportReferenceInput { Reference = l.Reference, Title = l.Title })],
            Nodes = [.. ImportTree.Flatten(seed.Sections).Select(n => new ImportNodeInput
            {
                Number = n.Node.Number, Title = n.Node.Title, Text = n.Node.Text, IsTask = n.Node.IsTask, Deadline = n.Node.Deadline?.Text,
            })],
            // An ended body's successor is only proposed: the person picks it (or another) to confirm.
            Agencies = [.. state.Proposals.Select(p => new ImportAgencyInput { Choice = p.Ended is null ? ImportAgencyInput.New : null, Name = p.Name })],
            Targets = [.. targets.Select((t, i) => new ImportTargetInput
            {
                Name = t.Name,
                Value = i < values.Count ? Display.Number(values[i].Value) : null,
                Year = Year(i < values.Count ? values[i].Year ?? seed.PeriodEnd : seed.PeriodEnd),
            })],
        };
    }

    /// <summary>
    /// Directory bodies the text names that ended before the plan's date: never matched silently,
    /// each becomes a choice to confirm, with its successor proposed.
    /// </summary>
    private static IEnumerable<ImportDraftProposal> EndedMentions(
        Infrastructure.Seeding.PlanSeed seed, IReadOnlyList<ImportDirectoryAgency> agencies, DateOnly day, List<int> lines)
    {
        var ended = agencies.Where(a => a.Term.EndedBefore(day)).ToDictionary(a => a.Key, StringComparer.Ordinal);
        var mentions = ImportTree.Flatten(seed.Sections)
            .SelectMany((n, i) => (n.Node.Lead ?? []).Concat(n.Node.Cooperating ?? []).Select(k => (Key: k, Line: i < lines.Count ? lines[i] : 0)))
            .Concat((seed.Reporting ?? []).SelectMany(r => new[] { (Key: r.From, Line: 0), (Key: r.To, Line: 0) }))
            .Where(m => ended.ContainsKey(m.Key))
            .GroupBy(m => m.Key, StringComparer.Ordinal);
        foreach (var mention in mentions)
        {
            var agency = ended[mention.Key];
            yield return new ImportDraftProposal(agency.Key, agency.Name, mention.Select(m => m.Line).FirstOrDefault(l => l > 0), mention.Count(),
                AgencyLifetime.Note(agency.Term, day), agency.SuccessorId);
        }
    }

    public static string TooLarge(long bytes, long max) =>
        $"Tệp quá lớn ({Display.FileSize(bytes)}); cổng chỉ nhận tệp kế hoạch đến {Display.FileSize(max)}. "
        + "Hãy bỏ bớt hình ảnh, phụ lục, hoặc dán phần văn bản vào ô bên dưới.";

    private static string? Year(int? year) => year?.ToString(CultureInfo.InvariantCulture);
}
