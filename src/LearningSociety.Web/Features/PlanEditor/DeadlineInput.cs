using System.ComponentModel.DataAnnotations;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.PlanEditor;

/// <summary>
/// The deadline picker's fields: a kind, the fields that kind needs, and the wording as the
/// document writes it. Turned into a <see cref="Deadline"/> through the <see cref="DeadlineRule"/>
/// factories, so the editor accepts exactly what the domain accepts.
/// </summary>
public sealed class DeadlineInput
{
    /// <summary>Null: the document states no deadline ("Không nêu").</summary>
    public DeadlineKind? Kind { get; set; }

    /// <summary>A plan's deadline lies in the years a plan may cover (as its period, 1945–2100).</summary>
    [DayRange(1945, 2100)]
    [Display(Name = "Hạn chót (dd/mm/yyyy)")]
    public DateOnly? Date { get; set; }

    [Range(1945, 2100, ErrorMessage = "Năm phải từ 1945 đến 2100.")]
    [Display(Name = "Năm (1945–2100)")]
    public int? Year { get; set; }

    [Range(1, 4, ErrorMessage = "Quý phải từ 1 đến 4 (quý I đến quý IV).")]
    [Display(Name = "Quý (1–4)")]
    public int? Quarter { get; set; }

    [Range(1, 31, ErrorMessage = "Ngày phải từ 1 đến 31.")]
    [Display(Name = "Ngày (1–31)")]
    public int? Day { get; set; }

    [Range(1, 12, ErrorMessage = "Tháng phải từ 1 đến 12.")]
    [Display(Name = "Tháng (1–12)")]
    public int? Month { get; set; }

    [StringLength(200, ErrorMessage = "Tên giai đoạn dài tối đa 200 ký tự.")]
    public string? Phase { get; set; }

    [StringLength(MaxTextLength, ErrorMessage = "Câu chữ về thời hạn dài tối đa 1.000 ký tự.")]
    public string? Text { get; set; }

    public const int MaxTextLength = 1000;

    public static DeadlineInput From(Deadline? deadline) => deadline is null ? new() : new()
    {
        Kind = deadline.Kind,
        Date = deadline.Date,
        Year = deadline.Year,
        Quarter = deadline.Quarter,
        Day = deadline.Day,
        Month = deadline.Month,
        Phase = deadline.PhaseName,
        Text = deadline.Text,
    };

    /// <summary>
    /// The deadline the fields describe, or null for "Không nêu"; problems are keyed
    /// "<paramref name="prefix"/>.Quarter" and so on, so each message sits next to its field.
    /// </summary>
    public Deadline? Build(string prefix, IReadOnlyList<string> phases, ICollection<(string Field, string Message)> problems)
    {
        var text = ChangeText.Clean(Text) ?? "";
        if (Kind is null)
        {
            if (text.Length > 0)
            {
                problems.Add(($"{prefix}.Kind", "Chọn loại thời hạn cho câu chữ đã nhập (hoặc bấm “Đọc từ câu chữ”): thời hạn không được lưu chỉ bằng lời."));
            }

            return null;
        }

        var before = problems.Count;
        DeadlineRule? rule = null;
        try
        {
            switch (Kind)
            {
                case DeadlineKind.FixedDate:
                    if (Date is { } date)
                    {
                        rule = DeadlineRule.Fixed(date, text);
                    }
                    else
                    {
                        problems.Add(($"{prefix}.Date", "Nhập ngày hết hạn (dd/mm/yyyy)."));
                    }

                    break;
                case DeadlineKind.Quarter:
                    var year = Required(Year, $"{prefix}.Year", "Nhập năm, ví dụ 2025.", problems);
                    var quarter = Required(Quarter, $"{prefix}.Quarter", "Nhập quý, từ 1 đến 4.", problems);
                    if (year is { } y && quarter is { } q)
                    {
                        rule = DeadlineRule.InQuarter(y, q, text);
                    }

                    break;
                case DeadlineKind.Annual:
                    var day = Required(Day, $"{prefix}.Day", "Nhập ngày, từ 1 đến 31.", problems);
                    var month = Required(Month, $"{prefix}.Month", "Nhập tháng, từ 1 đến 12.", problems);
                    if (day is { } d && month is { } m)
                    {
                        rule = DeadlineRule.EveryYear(d, m, text);
                    }

                    break;
                case DeadlineKind.PhaseEnd:
                    var phase = phases.FirstOrDefault(p => string.Equals(p, Phase?.Trim(), StringComparison.Ordinal));
                    if (phase is null)
                    {
                        problems.Add(($"{prefix}.Phase", phases.Count == 0
                            ? "Kế hoạch chưa có giai đoạn nào: thêm giai đoạn trước, hoặc chọn loại thời hạn khác."
                            : "Chọn giai đoạn mà thời hạn gắn với."));
                    }
                    else
                    {
                        rule = DeadlineRule.AtPhaseEnd(phase, text);
                    }

                    break;
                default:
                    rule = DeadlineRule.OngoingRule(text);
                    break;
            }
        }
        catch (ArgumentOutOfRangeException ex)
        {
            problems.Add(ex.ParamName switch
            {
                "quarter" => ($"{prefix}.Quarter", $"Quý phải từ 1 đến 4 (quý I đến quý IV); “{Quarter}” không hợp lệ."),
                "year" => ($"{prefix}.Year", $"Năm “{Year}” không hợp lệ."),
                "month" => ($"{prefix}.Month", $"Tháng phải từ 1 đến 12; “{Month}” không hợp lệ."),
                "day" => ($"{prefix}.Day", $"Tháng {Month} không có ngày {Day}."),
                _ => ($"{prefix}.Kind", "Thời hạn không hợp lệ."),
            });
        }

        return problems.Count == before && rule is not null ? Deadline.From(rule) : null;
    }

    /// <summary>Fills the structured fields from the wording with <see cref="DeadlineParser"/>; false when it finds no deadline.</summary>
    public bool ReadText(int contextYear)
    {
        if (string.IsNullOrWhiteSpace(Text) || DeadlineParser.Parse(Text, contextYear) is not { } rule)
        {
            return false;
        }

        var read = From(Deadline.From(rule));
        read.Text = VietnameseText.Nfc(Text);
        Kind = read.Kind;
        Date = read.Date;
        Year = read.Year;
        Quarter = read.Quarter;
        Day = read.Day;
        Month = read.Month;
        Phase = read.Phase ?? Phase;
        return true;
    }

    private static int? Required(int? value, string field, string message, ICollection<(string, string)> problems)
    {
        if (value is null)
        {
            problems.Add((field, message));
        }

        return value;
    }
}
