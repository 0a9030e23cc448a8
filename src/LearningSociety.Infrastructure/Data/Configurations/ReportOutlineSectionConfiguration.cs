using LearningSociety.Domain.Plans;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class ReportOutlineSectionConfiguration : IEntityTypeConfiguration<ReportOutlineSection>
{
    public void Configure(EntityTypeBuilder<ReportOutlineSection> builder)
    {
        builder.Property(s => s.Number).HasMaxLength(32);
        builder.Property(s => s.Title).HasMaxLength(1000);
    }
}
