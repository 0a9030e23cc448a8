using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class TargetValueConfiguration : IEntityTypeConfiguration<TargetValue>
{
    public void Configure(EntityTypeBuilder<TargetValue> builder)
    {
        builder.Property(v => v.PhaseName).HasMaxLength(200);
    }
}
