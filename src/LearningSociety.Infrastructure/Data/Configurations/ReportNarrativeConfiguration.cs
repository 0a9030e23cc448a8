using LearningSociety.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class ReportNarrativeConfiguration : IEntityTypeConfiguration<ReportNarrative>
{
    public void Configure(EntityTypeBuilder<ReportNarrative> builder)
    {
        builder.Property(n => n.Number).HasMaxLength(32);
        builder.Property(n => n.Title).HasMaxLength(1000);
        builder.HasIndex(n => new { n.ReportId, n.Number }).IsUnique();
    }
}
