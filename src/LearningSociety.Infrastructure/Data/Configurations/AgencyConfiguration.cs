using LearningSociety.Domain.Agencies;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class AgencyConfiguration : IEntityTypeConfiguration<Agency>
{
    public void Configure(EntityTypeBuilder<Agency> builder)
    {
        builder.Property(a => a.Key).HasMaxLength(100);
        builder.HasIndex(a => a.Key).IsUnique();
        builder.Property(a => a.Name).HasMaxLength(300);
        builder.Property(a => a.ShortName).HasMaxLength(150);
        builder.Property(a => a.ContactName).HasMaxLength(200);
        builder.Property(a => a.ContactPhone).HasMaxLength(32);
        builder.Property(a => a.ContactEmail).HasMaxLength(256);
        builder.Ignore(a => a.DisplayName);
        builder.HasOne(a => a.Successor).WithMany().HasForeignKey(a => a.SuccessorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => a.ValidTo);
        builder.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
