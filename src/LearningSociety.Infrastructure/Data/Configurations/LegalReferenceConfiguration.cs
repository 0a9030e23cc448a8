using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class LegalReferenceConfiguration : IEntityTypeConfiguration<LegalReference>
{
    public void Configure(EntityTypeBuilder<LegalReference> builder)
    {
        builder.Property(r => r.Reference).HasMaxLength(100);
        builder.Property(r => r.Issuer).HasMaxLength(300);
        builder.Property(r => r.Title).HasMaxLength(2000);
        builder.HasOne(r => r.ReferencedPlan).WithMany().HasForeignKey(r => r.ReferencedPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
