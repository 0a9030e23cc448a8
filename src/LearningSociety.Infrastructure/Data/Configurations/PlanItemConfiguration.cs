using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class PlanItemConfiguration : IEntityTypeConfiguration<PlanItem>
{
    public void Configure(EntityTypeBuilder<PlanItem> builder)
    {
        builder.Property(i => i.Number).HasMaxLength(64);
        builder.Property(i => i.Title).HasMaxLength(1000);
        builder.HasIndex(i => new { i.PlanId, i.Number }).IsUnique();
        builder.HasOne(i => i.Parent).WithMany(i => i.Children).HasForeignKey(i => i.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.OwnsOne(i => i.Deadline, DeadlineMapping.Configure);
        builder.HasMany(i => i.Assignments).WithOne().HasForeignKey(a => a.PlanItemId);
    }
}
