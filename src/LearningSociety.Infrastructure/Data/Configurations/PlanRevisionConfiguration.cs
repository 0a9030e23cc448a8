using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class PlanRevisionConfiguration : IEntityTypeConfiguration<PlanRevision>
{
    public void Configure(EntityTypeBuilder<PlanRevision> builder)
    {
        builder.Property(r => r.UserId).HasMaxLength(450);
        builder.Property(r => r.UserName).HasMaxLength(256);
        builder.Property(r => r.AmendingDocument).HasMaxLength(500);
        builder.Ignore(r => r.SummaryLines);
        builder.HasIndex(r => new { r.PlanId, r.At });
        builder.HasOne<Plan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
