using LearningSociety.Domain.Agencies;
using LearningSociety.Infrastructure.Exports.Pdf;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.Plans;

/// <summary>
/// The appendix as it is printed with the plan: the issuer's header, "PHỤ LỤC", the title and
/// "(Kèm theo Kế hoạch số …)", then the assignment table and the targets table, on A4 landscape
/// with the table header repeated on every page.
/// </summary>
public static class PlanAssignmentsPdf
{
    public static PdfDocumentModel Build(PlanDetailsModel model, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(model);
        var plan = model.Plan;
        var issuer = OfficialIssuer.For(plan.Issuer?.Name ?? "", plan.Issuer?.Kind ?? AgencyKind.PeoplesCommittee, plan.Unit?.Name ?? "");
        var blocks = new List<PdfBlock>
        {
            new PdfOfficialHeader(issuer.Name, "Số: " + plan.DocumentNumber, PlanAssignments.PlaceAndDate(plan)) { ParentIssuer = issuer.Parent },
            new PdfHeading("PHỤ LỤC"),
            new PdfHeading(PlanAssignments.Title),
            new PdfParagraph([new PdfRun("(" + PlanAssignments.Attached(plan) + ")") { Italic = true }])
            {
                Alignment = PdfAlignment.Center,
                FirstLineIndentCm = 0,
                SpaceAfterPt = 10,
            },
            new PdfTable(
                [new("STT", 1.1f, PdfAlignment.Center), new("Nội dung nhiệm vụ", 5), new("Cơ quan chủ trì", 2.2f), new("Cơ quan phối hợp", 2.8f), new("Thời hạn", 2.2f, PdfAlignment.Center)],
                [.. PlanAssignments.Tasks(model).Select(r => (IReadOnlyList<string>)(r.IsGroup
                    ? [r.Number, r.Content, "", "", ""]
                    : [r.Number, r.Content, r.Lead, r.Cooperating, PlanAssignments.DeadlineText(r)]))])
            {
                ExtraHeaderRows = [["(1)", "(2)", "(3)", "(4)", "(5)"]],
                FontSize = 11,
                EmptyText = "Kế hoạch không giao nhiệm vụ cụ thể.",
            },
        };

        var targets = PlanAssignments.Targets(plan);
        if (targets.Count > 0)
        {
            blocks.Add(new PdfHeading("CHỈ TIÊU CỦA KẾ HOẠCH", 2) { FontSize = 13 });
            blocks.Add(new PdfTable(
                [new("Mã", 0.7f, PdfAlignment.Center), new("Chỉ tiêu", 5), new("Loại", 1.8f), new("Đơn vị tính", 1.1f, PdfAlignment.Center),
                 new("Giá trị theo năm/giai đoạn", 2.4f), new("Cấp báo cáo", 1.5f)],
                [.. targets.Select(t => (IReadOnlyList<string>)[t.Code, t.Name, t.Kind, t.Unit, PlanAssignments.ValuesText(t), t.ReportedBy])])
            {
                FontSize = 11,
            });
        }

        return new PdfDocumentModel(blocks)
        {
            PageSize = PdfPageSize.A4Landscape,
            Margins = new PdfMargins(20, 20, 25, 15),
            Title = $"Phụ lục — Bảng phân công nhiệm vụ — Kế hoạch số {plan.DocumentNumber}",
            Author = plan.Issuer?.Name,
            Subject = plan.Title,
            Created = now,
        };
    }
}
