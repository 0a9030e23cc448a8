using LearningSociety.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class ReportTargetValueConfiguration : IEntityTypeConfiguration<ReportTargetValue>
{
    public void Configure(EntityTypeBuilder<ReportTargetValue> builder)
    {
        builder.HasIndex(t => new { t.ReportId, t.TargetId }).IsUnique();
        builder.HasIndex(t => t.TargetId);
        builder.Property(t => t.Note).HasMaxLength(1000);
        builder.Property(t => t.Ratings).HasMaxLength(Domain.Plans.RatingScale.MaxCountsLength);
        builder.HasOne<Domain.Plans.Target>().WithMany().HasForeignKey(t => t.TargetId).OnDelete(DeleteBehavior.Restrict);
    }
}
