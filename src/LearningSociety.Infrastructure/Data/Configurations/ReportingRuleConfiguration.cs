using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class ReportingRuleConfiguration : IEntityTypeConfiguration<ReportingRule>
{
    public void Configure(EntityTypeBuilder<ReportingRule> builder)
    {
        builder.HasOne(r => r.FromAgency).WithMany().HasForeignKey(r => r.FromAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ToAgency).WithMany().HasForeignKey(r => r.ToAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(r => r.Deadline, DeadlineMapping.Configure);
        builder.HasMany(r => r.Outline).WithOne().HasForeignKey(s => s.ReportingRuleId);
    }
}
