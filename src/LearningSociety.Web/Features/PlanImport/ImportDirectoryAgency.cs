using LearningSociety.Infrastructure.Seeding;
using LearningSociety.Web.Features.Shared;

namespace LearningSociety.Web.Features.PlanImport;

/// <summary>A directory agency: its id for the selects, its key for the draft, its seed form for the importer, its lifetime.</summary>
public sealed record ImportDirectoryAgency(
    int Id, string Key, string Name, string? ShortName, string UnitName, AgencySeed Seed, AgencyLifetime.Term Term, int? SuccessorId)
{
    /// <summary>"Phòng Giáo dục và Đào tạo (Huyện Cần Đước)": many units have a body of the same name.</summary>
    public string Label => Name.Contains(UnitName.Split(' ', 2).Last(), StringComparison.Ordinal) ? Name : $"{Name} ({UnitName})";
}
