using LearningSociety.Domain.Agencies;
using LearningSociety.Domain.Deadlines;
using LearningSociety.Domain.Plans;
using LearningSociety.Domain.Text;
using LearningSociety.Domain.Units;
using LearningSociety.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace LearningSociety.Infrastructure.LoadTesting;

/// <summary>
/// The synthetic plan of the load test, named so nobody takes it for a real document: one task for
/// the communes, two targets they report, and per province an annual rule "UBND các xã … báo cáo
/// UBND tỉnh trước ngày 10/12" with a three-section outline, like the real district plans.
/// </summary>
public static class LoadFixturePlan
{
    public const string Title = "Kế hoạch kiểm thử tải (dữ liệu giả lập để đo hiệu năng, không phải văn bản thật)";

    public static async Task<Plan> CreateAsync(AppDbContext db, IReadOnlyList<int> provinceIds, CancellationToken ct)
    {
        var provinces = await db.Units.Where(u => provinceIds.Contains(u.Id)).OrderBy(u => u.Code).ToListAsync(ct);
        var first = provinces[0];
        var issuer = new Agency { Key = LoadFixture.KeyPrefix + "ban-chi-dao", Name = "Ban chỉ đạo kiểm thử tải (giả lập)", Kind = AgencyKind.SteeringCommittee, UnitId = first.Id };
        var plan = new Plan
        {
            Number = "01",
            Symbol = LoadFixture.PlanSymbol,
            IssuedOn = new DateOnly(2024, 1, 2),
            Issuer = issuer,
            UnitId = first.Id,
            Level = UnitLevel.Province,
            Kind = PlanKind.Annual,
            Title = Title,
            PeriodStartYear = 2024,
            PeriodEndYear = 2026,
            Status = PlanStatus.Active,
            SearchText = VietnameseText.Fold(Title),
        };
        var task = new PlanItem { Number = "1", Title = "Tuyên truyền về học tập suốt đời", Text = "Tổ chức tuyên truyền, phổ biến về xây dựng xã hội học tập trên địa bàn.", IsTask = true, SortOrder = 1 };
        plan.Items.Add(new PlanItem { Number = "I", Title = "Nhiệm vụ", SortOrder = 0, Children = { task } });
        plan.Items.Add(task);
        plan.Targets.Add(new Target
        {
            Code = "KTT-1", Name = "Tỷ lệ người từ 15 đến 60 tuổi đạt chuẩn biết chữ mức độ 2", Kind = TargetKind.Percentage,
            NumeratorDefinition = "số người đạt chuẩn", DenominatorDefinition = "số người từ 15 đến 60 tuổi", ReportedByLevel = UnitLevel.Commune, SortOrder = 1,
        });
        plan.Targets.Add(new Target { Code = "KTT-2", Name = "Số lớp học tại Trung tâm học tập cộng đồng", Kind = TargetKind.Count, UnitOfMeasure = "lớp", ReportedByLevel = UnitLevel.Commune, SortOrder = 2 });

        for (var i = 0; i < provinces.Count; i++)
        {
            var province = provinces[i];
            var communes = new Agency
            {
                Key = $"{LoadFixture.KeyPrefix}{province.Code}:ubnd-xa", Name = "UBND các xã, phường, thị trấn thuộc " + province.Name,
                Kind = AgencyKind.Group, MemberLevel = UnitLevel.Commune, UnitId = province.Id,
            };
            var reviewer = await db.Agencies.FirstOrDefaultAsync(a => a.UnitId == province.Id && a.Kind == AgencyKind.PeoplesCommittee, ct)
                ?? new Agency { Key = $"{LoadFixture.KeyPrefix}{province.Code}:ubnd", Name = "Ủy ban nhân dân " + province.Name, Kind = AgencyKind.PeoplesCommittee, UnitId = province.Id };
            task.Assignments.Add(new TaskAssignment { Agency = communes, Role = AssignmentRole.Lead });
            var rule = new ReportingRule
            {
                FromAgency = communes, ToAgency = reviewer, Frequency = ReportFrequency.Annual, SortOrder = i,
                Deadline = Deadline.From(DeadlineRule.EveryYear(10, 12, "trước ngày 10 tháng 12 hằng năm")),
                Text = "UBND các xã báo cáo kết quả thực hiện về UBND tỉnh trước ngày 10/12 hằng năm.",
            };
            rule.Outline.Add(new ReportOutlineSection { Number = "I", Title = "Kết quả đạt được", SortOrder = 0 });
            rule.Outline.Add(new ReportOutlineSection { Number = "II", Title = "Hạn chế, tồn tại và nguyên nhân", SortOrder = 1 });
            rule.Outline.Add(new ReportOutlineSection { Number = "III", Title = "Đề xuất, kiến nghị", SortOrder = 2 });
            plan.ReportingRules.Add(rule);
        }

        db.Plans.Add(plan);
        await db.SaveChangesAsync(ct);
        return plan;
    }
}
