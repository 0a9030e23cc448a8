using LearningSociety.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class ReportTaskEntryConfiguration : IEntityTypeConfiguration<ReportTaskEntry>
{
    public void Configure(EntityTypeBuilder<ReportTaskEntry> builder)
    {
        builder.HasIndex(t => new { t.ReportId, t.PlanItemId }).IsUnique();
        builder.HasOne<Domain.Plans.PlanItem>().WithMany().HasForeignKey(t => t.PlanItemId).OnDelete(DeleteBehavior.Restrict);
    }
}
