using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class TargetConfiguration : IEntityTypeConfiguration<Target>
{
    public void Configure(EntityTypeBuilder<Target> builder)
    {
        builder.Property(t => t.Code).HasMaxLength(32);
        builder.Property(t => t.SectionNumber).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(500);
        builder.Property(t => t.UnitOfMeasure).HasMaxLength(64);
        builder.Property(t => t.NumeratorDefinition).HasMaxLength(500);
        builder.Property(t => t.DenominatorDefinition).HasMaxLength(500);
        builder.Property(t => t.RatingLevels).HasMaxLength(RatingScale.MaxStoredLength);
        builder.HasIndex(t => new { t.PlanId, t.Code }).IsUnique();
        builder.HasMany(t => t.Values).WithOne().HasForeignKey(v => v.TargetId);
    }
}
