using LearningSociety.Domain.Reporting;
using System.Globalization;
using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>Creating a draft plan and changing its header.</summary>
public sealed class HeaderCommands(AppDbContext db, PlanChangeRunner runner, AuditLog audit)
{
    private sealed record Header(
        string? Number, string Symbol, DateOnly IssuedOn, bool DayKnown, string? Place, Agency Issuer,
        AdministrativeUnit Unit, PlanKind Kind, string Title, int Start, int End);

    public async Task<ChangeResult> CreateAsync(HeaderInput input, UserScope user, CancellationToken ct)
    {
        if (!PlanAuthoring.MayAuthor(user))
        {
            return ChangeResult.Of(ChangeOutcome.Forbidden);
        }

        var problems = new List<(string Field, string Message)>();
        var header = await ReadAsync(input, user, null, problems, ct);
        if (header is null)
        {
            return new ChangeResult(ChangeOutcome.Invalid, [], problems);
        }

        string[] lines = [$"Tạo kế hoạch dự thảo số {Document(header.Number, header.Symbol)} ngày {Display.Date(header.IssuedOn)} "
            + $"của {header.Issuer.Name}: {ChangeText.Quote(header.Title)}, thời gian thực hiện {Period(header.Start, header.End)}."];
        var token = ChangeText.Token(lines);
        if (input.Step != ChangeStep.Confirm || !string.Equals(input.PreviewToken, token, StringComparison.Ordinal))
        {
            return new ChangeResult(ChangeOutcome.Preview, lines, [], PreviewToken: token);
        }

        var plan = new Plan { Symbol = header.Symbol, Title = header.Title, Status = PlanStatus.Draft };
        Apply(plan, header);
        plan.SearchText = PlanSearchText.Build(plan);
        // The audit line names the new id, so the plan is saved first; both or neither reach the database.
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        audit.Add(user, AuditAction.PlanCreate, AuditSubject.Plan, plan.Id, lines[0]);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new ChangeResult(ChangeOutcome.Saved, lines, [], CreatedId: plan.Id);
    }

    public Task<ChangeResult> EditAsync(int planId, HeaderInput input, UserScope user, CancellationToken ct) =>
        runner.RunAsync(planId, input, user, AuditAction.PlanHeader, async change =>
        {
            var plan = change.Plan;
            var header = await ReadAsync(input, user, plan, change.Problems, ct);
            if (header is null)
            {
                return;
            }

            ChangeText.Compare(change, "số, ký hiệu", plan.DocumentNumber, Document(header.Number, header.Symbol));
            ChangeText.Compare(change, "ngày ban hành", IssuedText(plan.IssuedOn, plan.IssuedOnDayKnown), IssuedText(header.IssuedOn, header.DayKnown));
            ChangeText.Compare(change, "nơi ban hành", plan.IssuedPlace, header.Place);
            ChangeText.Compare(change, "cơ quan ban hành", plan.Issuer?.Name, header.Issuer.Name);
            ChangeText.Compare(change, "địa bàn", plan.Unit?.Name, header.Unit.Name);
            ChangeText.Compare(change, "loại kế hoạch", Display.PlanKind(plan.Kind), Display.PlanKind(header.Kind));
            ChangeText.Compare(change, "trích yếu", plan.Title, header.Title);
            ChangeText.Compare(change, "thời gian thực hiện", Period(plan.PeriodStartYear, plan.PeriodEndYear), Period(header.Start, header.End));
            Apply(plan, header);
        }, ct);

    private static void Apply(Plan plan, Header header)
    {
        plan.Number = header.Number;
        plan.Symbol = header.Symbol;
        plan.IssuedOn = header.IssuedOn;
        plan.IssuedOnDayKnown = header.DayKnown;
        plan.IssuedPlace = header.Place;
        plan.Issuer = header.Issuer;
        plan.IssuerId = header.Issuer.Id;
        plan.Unit = header.Unit;
        plan.UnitId = header.Unit.Id;
        plan.Level = header.Unit.Level;
        plan.Kind = header.Kind;
        plan.Title = header.Title;
        plan.PeriodStartYear = header.Start;
        plan.PeriodEndYear = header.End;
    }

    private async Task<Header?> ReadAsync(HeaderInput input, UserScope user, Plan? current, ICollection<(string Field, string Message)> problems, CancellationToken ct)
    {
        var before = problems.Count;
        var number = ChangeText.Clean(input.Number)?.TrimEnd('/');
        var symbol = ChangeText.Clean(input.Symbol)?.TrimStart('/');
        if (symbol is null)
        {
            problems.Add((nameof(input.Symbol), "Nhập ký hiệu văn bản, ví dụ KH-UBND."));
        }

        var title = ChangeText.Clean(input.Title);
        if (title is null)
        {
            problems.Add((nameof(input.Title), "Nhập trích yếu (tên) của kế hoạch."));
        }

        DateOnly? issuedOn = null;
        if (DayText.TryParse(input.IssuedOn, out var typed) && typed is { } date)
        {
            issuedOn = input.MonthOnly ? new DateOnly(date.Year, date.Month, 1) : date;
        }
        else
        {
            problems.Add((nameof(input.IssuedOn), "Nhập ngày ban hành hợp lệ (dd/mm/yyyy)."));
        }

        var start = Year(input.PeriodStartYear, issuedOn?.Year, nameof(input.PeriodStartYear), problems);
        var end = Year(input.PeriodEndYear, start, nameof(input.PeriodEndYear), problems);
        if (start is { } s && end is { } e && e < s)
        {
            problems.Add((nameof(input.PeriodEndYear), "Năm kết thúc không được trước năm bắt đầu."));
        }

        var units = db.Units.AuthorableUnits(user);
        AdministrativeUnit? unit = null;
        if (ChangeText.Clean(input.UnitCode) is { } code)
        {
            var day = issuedOn ?? DateOnly.FromDateTime(DateTime.Today);
            unit = await units.Where(u => u.Code == code && u.ValidFrom <= day && (u.ValidTo == null || day <= u.ValidTo)).FirstOrDefaultAsync(ct);
            if (unit is null)
            {
                problems.Add((nameof(input.UnitCode), $"Không có đơn vị hành chính mã “{code}” còn hiệu lực vào ngày ban hành mà bạn được phép lập kế hoạch."));
            }
        }
        else if (input.UnitId is { } unitId)
        {
            unit = await units.SingleOrDefaultAsync(u => u.Id == unitId, ct);
        }

        if (unit is null && ChangeText.Clean(input.UnitCode) is null)
        {
            problems.Add((nameof(input.UnitId), "Chọn địa bàn (đơn vị hành chính) của kế hoạch trong phạm vi bạn phụ trách."));
        }

        var issuer = input.IssuerId is { } issuerId
            ? await db.Agencies.Include(a => a.Successor).Where(a => a.Id == issuerId && units.Any(u => u.Id == a.UnitId)).SingleOrDefaultAsync(ct)
            : null;
        if (issuer is null)
        {
            problems.Add((nameof(input.IssuerId), "Chọn cơ quan ban hành (thuộc địa bàn bạn phụ trách)."));
        }
        else if (issuedOn is { } day && (current is null || current.IssuerId != issuer.Id || current.IssuedOn != day)
            && AgencyLifetime.Refusal(AgencyLifetime.Term.Of(issuer), day, "ban hành kế hoạch này") is { } refusal)
        {
            // What was filed stays as filed; a new or re-dated plan is not issued by a body that no longer exists.
            problems.Add((nameof(input.IssuerId), refusal));
        }

        if (problems.Count > before)
        {
            return null;
        }

        if (number is not null)
        {
            var year = issuedOn!.Value.Year;
            var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
            var duplicate = await db.Plans.AsNoTracking()
                .Where(p => p.Number == number && p.Symbol == symbol && p.IssuerId == issuer!.Id && p.IssuedOn >= from && p.IssuedOn <= to)
                .Where(p => current == null || p.Id != current.Id)
                .AnyAsync(ct);
            if (duplicate)
            {
                problems.Add((nameof(input.Number), $"Đã có kế hoạch số {number}/{symbol} năm {year} của {issuer!.Name} trong cổng thông tin."));
                return null;
            }
        }

        return new Header(number, symbol!, issuedOn!.Value, !input.MonthOnly, ChangeText.Clean(input.IssuedPlace), issuer!, unit!,
            Enum.IsDefined(input.Kind) ? input.Kind : PlanKind.Implementation, title!, start!.Value, end!.Value);
    }

    private static int? Year(string? text, int? fallback, string field, ICollection<(string, string)> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return fallback;
        }

        if (int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var year) && year is >= 1945 and <= 2100)
        {
            return year;
        }

        problems.Add((field, $"“{text}” không phải là một năm hợp lệ (ví dụ 2025)."));
        return null;
    }

    private static string Document(string? number, string symbol) => $"{number ?? "…"}/{symbol}";

    private static string Period(int start, int end) => start == end ? $"năm {start}" : $"{start} – {end}";

    private static string IssuedText(DateOnly date, bool dayKnown) =>
        dayKnown ? Display.Date(date) : "tháng " + date.ToString("MM/yyyy", CultureInfo.InvariantCulture);
}
