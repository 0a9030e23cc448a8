using LearningSociety.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class ReportingPeriodConfiguration : IEntityTypeConfiguration<ReportingPeriod>
{
    public void Configure(EntityTypeBuilder<ReportingPeriod> builder)
    {
        builder.Property(p => p.Name).HasMaxLength(100);
        builder.Property(p => p.PhaseName).HasMaxLength(200);
        builder.HasIndex(p => new { p.PlanId, p.Name }).IsUnique();
        builder.HasOne(p => p.Plan).WithMany().HasForeignKey(p => p.PlanId);
        builder.HasMany(p => p.Reports).WithOne(r => r.Period).HasForeignKey(r => r.PeriodId);
    }
}
