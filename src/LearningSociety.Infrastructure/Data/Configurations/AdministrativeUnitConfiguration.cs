using LearningSociety.Domain.Units;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace LearningSociety.Infrastructure.Data.Configurations;

public class AdministrativeUnitConfiguration : IEntityTypeConfiguration<AdministrativeUnit>
{
    public void Configure(EntityTypeBuilder<AdministrativeUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(16);
        builder.Property(u => u.Name).HasMaxLength(200);
        builder.Property(u => u.UnitType).HasMaxLength(64);
        builder.Property(u => u.Path).HasMaxLength(200);
        builder.Property(u => u.ContactName).HasMaxLength(200);
        builder.Property(u => u.ContactPhone).HasMaxLength(32);
        builder.Property(u => u.ContactEmail).HasMaxLength(256);
        builder.HasIndex(u => new { u.Code, u.ValidFrom }).IsUnique();
        builder.HasIndex(u => u.Path);
        builder.HasOne(u => u.Parent).WithMany(u => u.Children).HasForeignKey(u => u.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
