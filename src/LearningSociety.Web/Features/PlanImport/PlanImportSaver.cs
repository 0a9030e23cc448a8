using LearningSociety.Domain.Reporting;
using System.Globalization;
using System.Text;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.PlanEditor;
using LearningSociety.Web.Features.Shared;
using LearningSociety.Web.Setup;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>
/// Step two: checks the corrected draft and, once the user confirms, saves it as a draft plan with
/// <see cref="PlanSeedImporter"/> — the same path as the seeds — in one transaction with its audit line.
/// </summary>
public sealed class PlanImportSaver(AppDbContext db, PlanEditorQueries queries, ImportDirectory directory, AuditLog audit)
{
    public async Task<ImportOutcome> RunAsync(ImportDraftState state, ImportReviewInput input, UserScope user, CancellationToken ct)
    {
        if (!PlanAuthoring.MayAuthor(user))
        {
            return new ImportOutcome([], Forbidden: true);
        }

        var agencies = await directory.LoadAsync(user, ct);
        var problems = new List<(string Field, string Message)>();
        var seed = await BuildAsync(state, input, user, agencies, problems, ct);
        ImportChecks.Unconfirmed(state, input, agencies, problems);
        if (seed is null || problems.Count > 0 || input.Step != ImportStep.Confirm)
        {
            return new ImportOutcome(problems);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        try
        {
            await new PlanSeedImporter(db).ImportAsync([(state.FileName, seed)], ct);
        }
        catch (SeedException ex)
        {
            db.ChangeTracker.Clear();
            return new ImportOutcome([(string.Empty, "Chưa lưu: " + ex.Problem + " (" + ex.Location + ").")]);
        }

        var plan = db.ChangeTracker.Entries<Plan>().Single(e => e.State == EntityState.Added).Entity;
        // An imported plan starts as a draft for the editor, and has no file in the seeds folder.
        plan.SourceFile = null;
        plan.Status = PlanStatus.Draft;
        await db.SaveChangesAsync(ct);
        var tasks = plan.Items.Count(i => i.IsTask);
        audit.Add(user, AuditAction.PlanImport, AuditSubject.Plan, plan.Id,
            $"Nhập kế hoạch dự thảo {plan.DocumentNumber} từ {state.FileName}: {ChangeText.Number(plan.Items.Count)} mục, {ChangeText.Number(tasks)} nhiệm vụ, "
            + $"{ChangeText.Number(plan.Targets.Count)} chỉ tiêu, {ChangeText.Number(seed.Agencies.Count)} cơ quan mới.");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ImportOutcome([], plan.Id);
    }

    private async Task<PlanSeed?> BuildAsync(
        ImportDraftState state, ImportReviewInput input, UserScope user, IReadOnlyList<ImportDirectoryAgency> agencies,
        List<(string Field, string Message)> problems, CancellationToken ct)
    {
        var s = state.Seed;
        var symbol = ChangeText.Clean(input.Symbol)?.TrimStart('/');
        Require(symbol, nameof(input.Symbol), "Nhập ký hiệu văn bản, ví dụ KH-UBND.", problems);
        var title = ChangeText.Clean(input.Title);
        Require(title, nameof(input.Title), "Nhập trích yếu (tên) của kế hoạch.", problems);
        DateOnly? issuedOn = DayText.TryParse(input.IssuedOn, out var typed) && typed is { } date
            ? (input.MonthOnly ? new DateOnly(date.Year, date.Month, 1) : date)
            : null;
        if (issuedOn is null)
        {
            problems.Add((nameof(input.IssuedOn), "Nhập ngày ban hành hợp lệ (dd/mm/yyyy)."));
        }

        var start = Year(input.PeriodStartYear, nameof(input.PeriodStartYear), problems);
        var end = Year(input.PeriodEndYear, nameof(input.PeriodEndYear), problems);
        if (start is not null && end is not null && end < start)
        {
            problems.Add((nameof(input.PeriodEndYear), "Năm kết thúc không được trước năm bắt đầu."));
        }

        var issuers = await queries.IssuersAsync(user, null, ct);
        var issuerKey = input.IssuerId is { } issuerId && issuers.Any(i => i.Id == issuerId)
            ? await db.Agencies.Where(a => a.Id == issuerId).Select(a => a.Key).SingleAsync(ct)
            : null;
        Require(issuerKey, nameof(input.IssuerId), "Chọn cơ quan ban hành.", problems);
        if (issuedOn is { } issueDay && agencies.FirstOrDefault(a => a.Key == issuerKey) is { } issuerAgency
            && AgencyLifetime.Refusal(issuerAgency.Term, issueDay, "ban hành kế hoạch này") is { } issuerRefusal)
        {
            problems.Add((nameof(input.IssuerId), issuerRefusal));
        }
        var units = await queries.UnitsAsync(user, null, ct);
        var unit = input.UnitId is { } unitId && units.Any(u => u.Id == unitId)
            ? await db.Units.AsNoTracking().SingleAsync(u => u.Id == unitId, ct)
            : null;
        if (unit is null)
        {
            problems.Add((nameof(input.UnitId), "Chọn địa bàn của kế hoạch (tỉnh, huyện hoặc xã mà bạn được soạn kế hoạch)."));
        }

        if (!Enum.IsDefined(input.Kind))
        {
            problems.Add((nameof(input.Kind), "Chọn loại kế hoạch."));
        }

        var keys = await AgencyKeysAsync(state, input, unit, agencies, issuedOn, problems, ct);
        var legal = Legal(s, input, problems);
        var numbers = new HashSet<string>(StringComparer.Ordinal);
        var flat = ImportTree.Flatten(s.Sections).ToList();
        if (input.Nodes.Count != flat.Count || input.Legal.Count != (s.LegalBasis?.Count ?? 0) || input.Targets.Count != (s.Targets?.Count ?? 0))
        {
            problems.Add((string.Empty, "Biểu mẫu không khớp với bản nháp đã đọc; hãy nhập lại văn bản."));
            return null;
        }

        var index = 0;
        var sections = Nodes(s.Sections, input.Nodes, keys, numbers, issuedOn?.Year, problems, ref index);
        var targets = Targets(s, input, problems);
        string Key(string k) => keys.Map.GetValueOrDefault(k, k);
        if (issuedOn is { } day)
        {
            // Whatever the text named and the review kept: no task or report goes to a body that ended before the plan.
            var named = ImportTree.Flatten(sections).SelectMany(n => (n.Node.Lead ?? []).Concat(n.Node.Cooperating ?? []))
                .Concat((s.Reporting ?? []).SelectMany(r => new[] { Key(r.From), Key(r.To) }))
                .ToHashSet(StringComparer.Ordinal);
            problems.AddRange(agencies.Where(a => named.Contains(a.Key))
                .Select(a => AgencyLifetime.Refusal(a.Term, day, "giao việc cho cơ quan này trong kế hoạch"))
                .OfType<string>()
                .Select(m => (string.Empty, m)));
        }

        if (problems.Count > 0 || unit is null || issuedOn is null)
        {
            return null;
        }

        return s with
        {
            Source = "import:" + Guid.NewGuid().ToString("N"),
            Number = ChangeText.Clean(input.Number)?.TrimEnd('/'),
            Symbol = symbol!,
            IssuedOn = issuedOn.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            IssuedOnPrecision = input.MonthOnly ? "month" : "day",
            IssuedPlace = ChangeText.Clean(input.IssuedPlace),
            Issuer = issuerKey!,
            Unit = unit.Code,
            Level = unit.Level switch { UnitLevel.Province => "province", UnitLevel.District => "district", _ => "commune" },
            Kind = input.Kind.ToString(),
            Title = title!,
            PeriodStart = start,
            PeriodEnd = end,
            Agencies = keys.New,
            LegalBasis = legal,
            Sections = sections,
            Targets = targets,
            Reporting = [.. (s.Reporting ?? []).Select(r => r with { From = Key(r.From), To = Key(r.To) })],
        };
    }

    /// <summary>Each unknown agency becomes a new agency of the plan's unit or is replaced by the directory agency chosen.</summary>
    private async Task<(Dictionary<string, string> Map, List<AgencySeed> New)> AgencyKeysAsync(
        ImportDraftState state, ImportReviewInput input, AdministrativeUnit? unit, IReadOnlyList<ImportDirectoryAgency> agencies,
        DateOnly? issuedOn, List<(string Field, string Message)> problems, CancellationToken ct)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        var created = new List<AgencySeed>();
        var taken = unit is null ? [] : (await db.Agencies.Where(a => a.Key.StartsWith(unit.Code + ":")).Select(a => a.Key).ToListAsync(ct))
            .ToHashSet(StringComparer.Ordinal);
        for (var i = 0; i < state.Proposals.Count; i++)
        {
            var proposal = state.Proposals[i];
            var choice = i < input.Agencies.Count ? input.Agencies[i] : new ImportAgencyInput();
            var field = $"Agencies[{ChangeText.Number(i)}]";
            if (string.Equals(choice.Choice, ImportAgencyInput.New, StringComparison.Ordinal))
            {
                var name = ChangeText.Clean(choice.Name);
                if (name is null)
                {
                    problems.Add((field + ".Name", $"Nhập tên cơ quan mới thay cho “{proposal.Name}”."));
                    continue;
                }

                if (unit is not null)
                {
                    var key = FreeKey(unit.Code + ":" + Slug(name), taken);
                    map[proposal.Key] = key;
                    created.Add(new AgencySeed(key, name, "other", unit.Code));
                }
            }
            else if (int.TryParse(choice.Choice, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && agencies.FirstOrDefault(a => a.Id == id) is { } existing)
            {
                if (issuedOn is { } day && AgencyLifetime.Refusal(existing.Term, day, "giao việc cho cơ quan này trong kế hoạch") is { } refusal)
                {
                    problems.Add((field + ".Choice", refusal));
                    continue;
                }

                map[proposal.Key] = existing.Key;
            }
            else
            {
                problems.Add((field + ".Choice", $"Chọn “Tạo cơ quan mới” hoặc một cơ quan trong danh mục cho “{proposal.Name}”."));
            }
        }

        return (map, created);
    }

    private static List<LegalReferenceSeed> Legal(PlanSeed s, ImportReviewInput input, List<(string Field, string Message)> problems)
    {
        var result = new List<LegalReferenceSeed>();
        var draft = s.LegalBasis ?? [];
        for (var i = 0; i < Math.Min(draft.Count, input.Legal.Count); i++)
        {
            var row = input.Legal[i];
            if (!row.Keep)
            {
                continue;
            }

            var reference = ChangeText.Clean(row.Reference);
            if (reference is null)
            {
                problems.Add(($"Legal[{ChangeText.Number(i)}].Reference", "Nhập số, ký hiệu văn bản căn cứ, hoặc bỏ chọn “Giữ” để không đưa văn bản này vào."));
                continue;
            }

            result.Add(draft[i] with { Reference = reference, Title = ChangeText.Clean(row.Title) });
        }

        return result;
    }

    private static List<NodeSeed> Nodes(
        List<NodeSeed>? nodes, List<ImportNodeInput> inputs, (Dictionary<string, string> Map, List<AgencySeed> New) keys,
        HashSet<string> numbers, int? year, List<(string Field, string Message)> problems, ref int index)
    {
        var result = new List<NodeSeed>();
        foreach (var node in nodes ?? [])
        {
            var at = index++;
            var input = inputs[at];
            var field = $"Nodes[{ChangeText.Number(at)}]";
            var number = ChangeText.Clean(input.Number);
            if (number is null)
            {
                problems.Add((field + ".Number", "Nhập số hiệu mục (ví dụ II.1)."));
            }
            else if (!numbers.Add(number))
            {
                problems.Add((field + ".Number", $"Số hiệu mục “{number}” bị trùng với một mục khác."));
            }

            var title = ChangeText.Clean(input.Title);
            var text = ChangeText.Clean(input.Text);
            if (title is null && text is null)
            {
                problems.Add((field + ".Title", "Nhập tên hoặc nội dung của mục."));
            }

            if (!ImportDeadlines.TryTyped(input.Deadline, node.Deadline, year, out var deadline))
            {
                problems.Add((field + ".Deadline", $"Không đọc được thời hạn “{input.Deadline?.Trim()}”. Viết như: trước ngày 30/6/2025; "
                    + "quý III năm 2025; hằng năm trước ngày 10/12; thường xuyên. Để trống nếu văn bản không nêu thời hạn."));
            }

            var children = Nodes(node.Children, inputs, keys, numbers, year, problems, ref index);
            var map = keys.Map;
            result.Add(node with
            {
                Number = number ?? "",
                Title = title,
                Text = text,
                IsTask = input.IsTask,
                Deadline = deadline,
                Lead = [.. (node.Lead ?? []).Select(k => map.GetValueOrDefault(k, k)).Distinct(StringComparer.Ordinal)],
                Cooperating = [.. (node.Cooperating ?? []).Select(k => map.GetValueOrDefault(k, k)).Distinct(StringComparer.Ordinal)],
                Children = children,
            });
        }

        return result;
    }

    private static List<TargetSeed> Targets(PlanSeed s, ImportReviewInput input, List<(string Field, string Message)> problems)
    {
        var result = new List<TargetSeed>();
        var draft = s.Targets ?? [];
        for (var i = 0; i < draft.Count; i++)
        {
            var row = input.Targets[i];
            if (!row.Keep)
            {
                continue;
            }

            var field = $"Targets[{ChangeText.Number(i)}]";
            var name = ChangeText.Clean(row.Name);
            if (name is null)
            {
                problems.Add((field + ".Name", "Nhập tên chỉ tiêu, hoặc bỏ chọn “Giữ”."));
            }

            List<TargetValueSeed> values = [];
            if (ChangeText.Clean(row.Value) is { } text)
            {
                var percent = draft[i].Kind is "percentage" or "unitsReaching";
                if (!decimal.TryParse(text.TrimEnd('%').Trim(), NumberStyles.Number, PortalServices.Vietnamese, out var value) || value < 0 || (percent && value > 100))
                {
                    problems.Add((field + ".Value", percent ? "Nhập tỷ lệ từ 0 đến 100, số thập phân dùng dấu phẩy (40,5)." : "Nhập một số không âm, số thập phân dùng dấu phẩy (40,5)."));
                }
                else if (!int.TryParse(row.Year, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year is < 1900 or > 2100)
                {
                    problems.Add((field + ".Year", "Nhập năm cần đạt giá trị này (ví dụ 2025)."));
                }
                else
                {
                    values = [new TargetValueSeed(value, year)];
                }
            }

            result.Add(draft[i] with { Name = name ?? "", Values = values });
        }

        return result;
    }

    private static int? Year(string? text, string field, List<(string Field, string Message)> problems)
    {
        if (int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1900 and <= 2100)
        {
            return year;
        }

        problems.Add((field, "Nhập năm có bốn chữ số, ví dụ 2025."));
        return null;
    }

    private static void Require(string? value, string field, string message, List<(string Field, string Message)> problems)
    {
        if (value is null)
        {
            problems.Add((field, message));
        }
    }

    private static string Slug(string name)
    {
        var folded = VietnameseText.Fold(name);
        var slug = new StringBuilder();
        foreach (var c in folded)
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                slug.Append(c);
            }
            else if (slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }
        }

        var text = slug.ToString().Trim('-');
        return text.Length > 80 ? text[..80].TrimEnd('-') : text;
    }

    private static string FreeKey(string key, HashSet<string> taken)
    {
        var candidate = key;
        for (var n = 2; !taken.Add(candidate); n++)
        {
            candidate = key + "-" + ChangeText.Number(n);
        }

        return candidate;
    }
}
