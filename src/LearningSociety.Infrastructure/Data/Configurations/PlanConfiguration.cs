using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class PlanConfiguration : IEntityTypeConfiguration<Plan>
{
    public void Configure(EntityTypeBuilder<Plan> builder)
    {
        builder.Property(p => p.Number).HasMaxLength(32);
        builder.Property(p => p.Symbol).HasMaxLength(64);
        builder.Property(p => p.IssuedPlace).HasMaxLength(100);
        builder.Property(p => p.Title).HasMaxLength(1000);
        builder.Property(p => p.SourceFile).HasMaxLength(260);
        builder.Ignore(p => p.DocumentNumber);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasIndex(p => p.SourceFile).IsUnique();
        builder.HasOne(p => p.Issuer).WithMany().HasForeignKey(p => p.IssuerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Phases).WithOne().HasForeignKey(x => x.PlanId);
        builder.HasMany(p => p.LegalBasis).WithOne().HasForeignKey(x => x.PlanId);
        builder.HasMany(p => p.Items).WithOne().HasForeignKey(x => x.PlanId);
        builder.HasMany(p => p.Targets).WithOne().HasForeignKey(x => x.PlanId);
        builder.HasMany(p => p.ReportingRules).WithOne().HasForeignKey(x => x.PlanId);
    }
}
