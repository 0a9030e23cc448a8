using LearningSociety.Domain.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class ReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.HasIndex(r => new { r.PeriodId, r.AgencyId }).IsUnique();
        builder.HasIndex(r => new { r.ReviewerAgencyId, r.Status });
        builder.HasIndex(r => r.UnitId);
        builder.Property(r => r.LastSavedBy).HasMaxLength(256);
        builder.Property(r => r.ApprovedBy).HasMaxLength(256);
        builder.Property(r => r.ReviewComment).HasMaxLength(4000);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsLocked);
        builder.Ignore(r => r.IsReceived);
        builder.Ignore(r => r.IsSettled);
        builder.Property(r => r.ExcuseReason).HasMaxLength(500);
        builder.Property(r => r.ExcusedBy).HasMaxLength(256);
        builder.HasOne(r => r.Agency).WithMany().HasForeignKey(r => r.AgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.ReviewerAgency).WithMany().HasForeignKey(r => r.ReviewerAgencyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(r => r.Unit).WithMany().HasForeignKey(r => r.UnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Domain.Plans.ReportingRule>().WithMany().HasForeignKey(r => r.ReportingRuleId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Tasks).WithOne().HasForeignKey(t => t.ReportId);
        builder.HasMany(r => r.Targets).WithOne().HasForeignKey(t => t.ReportId);
        builder.HasMany(r => r.Narratives).WithOne().HasForeignKey(t => t.ReportId);
        builder.HasMany(r => r.Attachments).WithOne().HasForeignKey(t => t.ReportId);
        builder.HasMany(r => r.Events).WithOne().HasForeignKey(t => t.ReportId);
    }
}
